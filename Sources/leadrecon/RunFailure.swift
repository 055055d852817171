import ArgumentParser

/// Runs `body`; any error becomes one line per problem on stderr and exit code 2 ("could not run").
func exitTwoOnError(_ body: () throws -> Void) throws {
    do {
        try body()
    } catch let exit as ExitCode {
        throw exit
    } catch {
        // One problem per line (a pipeline file reports all of its problems), each prefixed so that
        // every line reads `leadrecon: FILE:LINE:COL: …`.
        for line in "\(error)".split(separator: "\n", omittingEmptySubsequences: false) {
            Console.error("leadrecon: \(line)")
        }
        throw ExitCode(2)
    }
}
