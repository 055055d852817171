import Foundation

/// Time zones the tests read values in; the identifiers are IANA names every Foundation knows.
extension TimeZone {
    static let berlin = TimeZone(identifier: "Europe/Berlin")!
    static let newYork = TimeZone(identifier: "America/New_York")!
    static let utc = TimeZone(identifier: "UTC")!
    static let kolkata = TimeZone(identifier: "Asia/Kolkata")!
    static let saoPaulo = TimeZone(identifier: "America/Sao_Paulo")!
    static let lordHowe = TimeZone(identifier: "Australia/Lord_Howe")!  // 30-minute DST shift
    static let kathmandu = TimeZone(identifier: "Asia/Kathmandu")!  // +05:45
    static let chatham = TimeZone(identifier: "Pacific/Chatham")!  // +12:45/+13:45
}
