/// A stage of the pipeline, in the order stages run.
public enum PipelineStage: String, CaseIterable, Sendable, Comparable {
    case ingest, normalize, link, flag, report

    /// Stages that must also run for this one to run.
    public var requiredStages: [PipelineStage] {
        switch self {
        case .report: [.ingest]
        default: []
        }
    }

    /// In the order stages run.
    public static func < (lhs: Self, rhs: Self) -> Bool {
        allCases.firstIndex(of: lhs)! < allCases.firstIndex(of: rhs)!
    }
}
