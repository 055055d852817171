import Foundation
import LeadreconLink
import LeadreconValues

/// libFuzzer target for the value parsers and normalisers: one cell of random bytes through every
/// parser a source column can meet (timestamps in both date orders, numbers in both notations,
/// booleans, e-mail, phone for every default region, person name, company).
///
/// Each gets the raw bytes (the parsers' fast path) and the decoded text (lossy UTF-8, as the
/// reader hands cells over). Normalisers must also be idempotent on their own output's key.
@_cdecl("LLVMFuzzerTestOneInput")
public func valueParsersFuzz(_ data: UnsafePointer<UInt8>, _ size: Int) -> CInt {
    let bytes = UnsafeBufferPointer(start: data, count: size)
    let text = String(decoding: bytes, as: UTF8.self)
    for order in DateOrder.allCases {
        let parser = TimestampParser(timeZone: FuzzZone.berlin, order: order)
        _ = parser.parse(bytes)
        _ = parser.parse(text)
    }
    for notation in NumberNotation.allCases {
        let parser = NumberParser(notation: notation)
        _ = parser.parse(bytes)
        _ = parser.parse(text)
    }
    _ = BooleanParser.parse(bytes)
    _ = BooleanParser.parse(text)

    let email = Normalizers.email
    if let first = email.normalize(text) {
        _ = email.normalize(first.address)
    }
    let phone = Normalizers.phone
    _ = phone.normalize(text)
    for region in PhoneRegion.allCases { _ = phone.normalize(text, region: region) }
    _ = phone.normalize(text, country: String(text.prefix(3)))

    let half = text.index(text.startIndex, offsetBy: text.count / 2)
    _ = Normalizers.names.normalize(first: String(text[..<half]), last: String(text[half...]))
    _ = Normalizers.names.splitFullName(text)
    _ = Normalizers.companies.normalize(text)

    let split = size / 2
    let left = UnsafeBufferPointer(rebasing: bytes[..<split]), right = UnsafeBufferPointer(rebasing: bytes[split...])
    let similarity = StringSimilarity.jaroWinkler(left, right)
    if !(similarity >= 0 && similarity <= 1) {
        FileHandle.standardError.write(Data("jaro-winkler out of [0,1]: \(similarity)\n".utf8))
        abort()
    }
    return 0
}

/// Built once per process, as the link stage does: their caches stay warm between inputs (a
/// fresh normaliser per input spent most of the time filling caches). libFuzzer calls the target
/// on one thread.
enum Normalizers {
    static let email = EmailNormalizer()
    static let phone = PhoneNormalizer()
    nonisolated(unsafe) static var names = PersonNameNormalizer(cacheCapacity: 256)
    nonisolated(unsafe) static var companies = CompanyNormalizer(cacheCapacity: 256)
}

enum FuzzZone {
    static let berlin = TimeZone(identifier: "Europe/Berlin")!
}
