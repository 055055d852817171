/// The version printed by `--version` and recorded in `summary.json`.
enum LeadreconVersion {
    static let current = "0.1.0"
}
