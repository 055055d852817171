import Foundation
import LeadreconCSV
#if canImport(Glibc)
import Glibc
#endif

/// libFuzzer target for the CSV reader: random bytes read with a random dialect.
///
/// The first input byte chooses the options (delimiter detected or forced, encoding detected or
/// forced, a tiny or the default field limit, footer skipping); the rest is the file. The reader has
/// no in-memory entry point (it streams from a file descriptor, as in production), so the bytes go
/// to one temporary file per process. Thrown `CSVError`s are the reader refusing a file, which is
/// fine; a trap, an ASan report or a broken ledger is a finding.
@_cdecl("LLVMFuzzerTestOneInput")
public func csvReaderFuzz(_ data: UnsafePointer<UInt8>, _ size: Int) -> CInt {
    guard size > 0 else { return 0 }
    let choice = data[0]
    let content = Data(bytes: data + 1, count: size - 1)
    let path = FuzzFile.path
    guard (try? content.write(to: URL(fileURLWithPath: path))) != nil else { return 0 }
    let delimiters: [UInt8?] = [nil, UInt8(ascii: ","), UInt8(ascii: ";"), 0x09, UInt8(ascii: "|")]
    let encodings: [TextEncodingChoice] = [.auto, .forced(.utf8), .forced(.windows1252), .forced(.utf16LE), .forced(.utf16BE)]
    let options = CSVReadOptions(delimiter: delimiters[Int(choice % 5)],
                                 encoding: encodings[Int((choice / 5) % 5)],
                                 maxFieldBytes: choice & 0x40 != 0 ? 8 : 1 << 20,
                                 skipReportFooters: choice & 0x80 == 0)
    guard let reader = try? CSVReader(path: path, options: options) else { return 0 }
    var delivered = 0, rejected = 0, lastLine = 0
    do {
        try reader.read(row: { row in
            delivered += 1
            check(row.line >= 1 && row.line >= lastLine, "row line \(row.line) after \(lastLine)")
            lastLine = row.line
            check(row.strings.count == reader.header.count, "row of \(row.strings.count) cells, header \(reader.header.count)")
        }, reject: { reject in
            rejected += 1
            check(reject.line >= 1 && reject.endLine >= reject.line, "reject lines \(reject.line)-\(reject.endLine)")
        })
    } catch {
        return 0
    }
    let counts = reader.counts
    check(counts.rowsRead == delivered + rejected, "ledger: read \(counts.rowsRead), delivered \(delivered), rejected \(rejected)")
    check(lastLine <= max(counts.physicalLines, 1), "row line \(lastLine) past the file's \(counts.physicalLines) lines")
    return 0
}

/// Aborts with a message libFuzzer shows next to the crashing input.
func check(_ condition: Bool, _ message: @autoclosure () -> String) {
    if !condition {
        FileHandle.standardError.write(Data("invariant broken: \(message())\n".utf8))
        abort()
    }
}

enum FuzzFile {
    /// In memory (/dev/shm) where there is one: a disk write per execution halves the rate.
    static let path: String = {
        let folder = FileManager.default.fileExists(atPath: "/dev/shm") ? "/dev/shm" : FileManager.default.temporaryDirectory.path
        return folder + "/leadrecon-fuzz-\(getpid()).csv"
    }()
}
