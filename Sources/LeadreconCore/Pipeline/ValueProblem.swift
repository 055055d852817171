/// What is wrong with one value of a pipeline file, before the validator attaches a location.
///
/// Internal on purpose: the module's one public error is ``PipelineFileError``; value parsers
/// with a public face offer a failable initialiser instead.
struct ValueProblem: Error, Equatable {
    let message: String

    init(_ message: String) {
        self.message = message
    }
}
