import Foundation
import LeadreconCSV

extension PipelineRunner {
    /// The pseudonymizer when `outputs.pseudonymize` is on, checked before any stage runs: no key,
    /// or a re-identification file that would land in the shared output directory, stops the run.
    func makePseudonymizer() throws(PseudonymError) -> Pseudonymizer? {
        guard pipeline.outputs.pseudonymize else { return nil }
        guard let pseudonymKey else { throw .noKey }
        if let reidentificationFile {
            let output = pipeline.outputs.directory.standardizedFileURL.path
            let path = reidentificationFile.standardizedFileURL.path
            if path == output || path.hasPrefix(output + "/") {
                throw .reidentificationInsideOutput(path: path, outputDirectory: output)
            }
        }
        return Pseudonymizer(key: pseudonymKey, keepOriginals: reidentificationFile != nil)
    }

    /// Writes `token,kind,value` for every token of the run, readable by its owner only, once the
    /// reports are published (a failed run leaves no such file behind).
    func writeReidentification(_ pseudonymizer: Pseudonymizer) throws(PseudonymError) {
        guard let url = reidentificationFile else { return }
        do {
            try FileManager.default.createDirectory(at: url.deletingLastPathComponent(), withIntermediateDirectories: true)
            // Created empty and private first, so the originals are never readable by others.
            guard FileManager.default.createFile(atPath: url.path, contents: nil, attributes: [.posixPermissions: 0o600]) else {
                throw PseudonymError.cannotWriteReidentification(path: url.path, reason: "cannot create the file")
            }
            try FileManager.default.setAttributes([.posixPermissions: 0o600], ofItemAtPath: url.path)
            var writer = try CSVWriter(path: url.path, header: ["token", "kind", "value"], dialect: .rfc4180)
            for row in pseudonymizer.reidentificationRows { try writer.writeRow(row) }
            try writer.finish()
        } catch {
            throw .cannotWriteReidentification(path: url.path, reason: "\(error)")
        }
    }
}
