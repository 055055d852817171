import ArgumentParser

/// Runs `body`; any error becomes one line per problem on stderr and exit code 2 ("could not run").
/// `report` writes one problem (`run --log-format json` makes it a JSON line).
func exitTwoOnError(report: (String) -> Void = { Console.error("leadrecon: \($0)") }, _ body: () throws -> Void) throws {
    do {
        try body()
    } catch let exit as ExitCode {
        throw exit
    } catch {
        // One problem per line (a pipeline file reports all of its problems), each prefixed so that
        // every line reads `leadrecon: FILE:LINE:COL: …`.
        for line in "\(error)".split(separator: "\n", omittingEmptySubsequences: false) {
            report(String(line))
        }
        throw ExitCode(2)
    }
}
