import Foundation
import LeadreconCSV

/// Runs ``LeadreconCSV/CSVReader/read(row:reject:)`` on a thread of its own, copying rows into
/// chunks for the typing side. Everything it produces is read only after ``ChunkQueue/take()``
/// has returned nil, which orders it after the thread's last write.
final class ReadingThread: @unchecked Sendable {
    let queue = ChunkQueue()
    private let reader: CSVReader
    private let source: String
    private let path: String
    private(set) var rejects = RejectsLedger()
    private(set) var error: (any Error)?

    private struct Cancelled: Error {}

    init(reader: CSVReader, source: String, path: String) {
        self.reader = reader
        self.source = source
        self.path = path
    }

    func start() {
        let thread = Thread { [self] in run() }
        thread.name = "leadrecon-read-\(source)"
        thread.start()
    }

    private func run() {
        var chunk = queue.emptyChunk()
        var sentHeader = false
        do {
            try reader.read(row: { row in
                if !sentHeader {
                    chunk.header = reader.header
                    sentHeader = true
                }
                chunk.append(row)
                if chunk.isFull {
                    let full = chunk
                    chunk = queue.emptyChunk()
                    guard queue.put(full) else { throw Cancelled() }
                }
            }, reject: { rejected in
                rejects.add(source: source, file: path, rejected)
            })
            if !sentHeader { chunk.header = reader.header }
            if chunk.count > 0 || chunk.header != nil { _ = queue.put(chunk) }
        } catch is Cancelled {
            // The typing side stopped first; its error is the one reported.
        } catch {
            self.error = error
        }
        queue.finish()
    }
}
