@testable import LeadreconCore
import Testing

/// The two concurrent output files report like one sequential write: the first file's error wins,
/// then the second's, else the first file's result.
@Suite struct ConcurrentOutputTests {
    struct Failure: Error, Equatable { var file: String }

    @Test(arguments: [
        (false, false, "ok"),
        (true, false, "first"),
        (false, true, "second"),
        (true, true, "first"),
    ])
    func firstErrorInFileOrderWins(firstFails: Bool, secondFails: Bool, expected: String) {
        let output = ConcurrentOutput.start { () throws -> String in
            if firstFails { throw Failure(file: "first") }
            return "ok"
        } and: {
            if secondFails { throw Failure(file: "second") }
        }
        let outcome = Result { try output.wait() }
        switch outcome {
        case .success(let value): #expect(value == expected)
        case .failure(let error): #expect((error as? Failure)?.file == expected)
        }
        // Waiting again gives the same answer.
        #expect((try? output.wait()) == (try? outcome.get()))
    }
}
