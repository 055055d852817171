import Foundation

/// Where the command's messages go: results to stdout, everything else to stderr.
enum Console {
    /// Writes one line to stderr (progress, warnings, errors).
    static func error(_ line: String) {
        FileHandle.standardError.write(Data((line + "\n").utf8))
    }

    /// Writes text to stdout, treating a closed pipe (`leadrecon … | head`) as a normal end.
    static func out(_ text: String) {
        let data = Data((text.hasSuffix("\n") ? text : text + "\n").utf8)
        do {
            try FileHandle.standardOutput.write(contentsOf: data)
        } catch {
            // The reader went away (EPIPE): nothing left to say to it.
        }
    }
}
