import ArgumentParser

/// Runs `body`; any error becomes one line on stderr and exit code 2 ("could not run").
func exitTwoOnError(_ body: () throws -> Void) throws {
    do {
        try body()
    } catch let exit as ExitCode {
        throw exit
    } catch {
        Console.error("leadrecon: \(error)")
        throw ExitCode(2)
    }
}
