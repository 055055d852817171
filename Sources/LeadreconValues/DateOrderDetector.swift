/// Decides whether one column's dates are day-first or month-first, from its values.
///
/// Only dates written with a one- or two-digit first component count (`12.03.2024`, `3/12/24`);
/// year-first dates and values that are not dates are ignored. A value that is a valid date only
/// when read day-first (its first component is above 12, as in `31.01.2024`) proves day-first;
/// one valid only month-first proves month-first; one valid in neither (`13/13/2024`,
/// `31.02.2024`) is counted as impossible. With no proof, the separator most values use decides
/// by its convention: `.` day-first (German), `-` day-first (European), `/` month-first (US).
///
/// Feed it values with `add(_:)`, then read `decision`; it keeps counters only.
public struct DateOrderDetector: Sendable {
    private var dayFirstEvidence = 0
    private var monthFirstEvidence = 0
    private var undecided = 0
    private var impossible = 0
    private var dotValues = 0
    private var dashValues = 0
    private var slashValues = 0

    public init() {}

    /// Counts one cell's UTF-8 bytes as evidence.
    public mutating func add(_ bytes: UnsafeBufferPointer<UInt8>) {
        guard case .value(let fields) = TimestampSyntax.lex(bytes), !fields.isYearFirst else { return }
        switch fields.separator {
        case UInt8(ascii: "/"): slashValues += 1
        case UInt8(ascii: "-"): dashValues += 1
        default: dotValues += 1
        }
        let year = fields.trailingDigits == 2
            ? TimestampParser.expandTwoDigitYear(fields.trailing) : fields.trailing
        let dayFirstValid = Self.isValid(day: fields.leading, month: fields.middle, year: year)
        let monthFirstValid = Self.isValid(day: fields.middle, month: fields.leading, year: year)
        switch (dayFirstValid, monthFirstValid) {
        case (true, true): undecided += 1
        case (true, false): dayFirstEvidence += 1
        case (false, true): monthFirstEvidence += 1
        case (false, false): impossible += 1
        }
    }

    /// Counts one cell's text as evidence.
    public mutating func add(_ text: String) {
        text.withUTF8Bytes { add($0) }
    }

    /// The decision for all values added so far.
    public var decision: DateOrderDecision {
        let conventional: DateOrder = slashValues > dotValues + dashValues ? .monthFirst : .dayFirst
        let order: DateOrder
        let reason: String
        switch (dayFirstEvidence, monthFirstEvidence) {
        case (0, 0):
            order = conventional
            reason = defaultReason(order)
        case (_, 0):
            order = .dayFirst
            reason = "day-first: \(Self.count(dayFirstEvidence)) a first component above 12"
        case (0, _):
            order = .monthFirst
            reason = "month-first: \(Self.count(monthFirstEvidence)) a second component above 12"
        default:
            order = dayFirstEvidence == monthFirstEvidence
                ? conventional : (dayFirstEvidence > monthFirstEvidence ? .dayFirst : .monthFirst)
            let tieBreak = dayFirstEvidence == monthFirstEvidence
                ? "the separator's convention" : "the majority"
            reason = "conflict: \(Self.count(dayFirstEvidence)) a first component above 12 (day-first) "
                + "but \(Self.count(monthFirstEvidence)) a second component above 12 (month-first); "
                + "reading \(Self.name(order)) by \(tieBreak)"
        }
        return DateOrderDecision(
            order: order, reason: reason, dayFirstEvidence: dayFirstEvidence,
            monthFirstEvidence: monthFirstEvidence, undecided: undecided, impossible: impossible,
            isConflict: dayFirstEvidence > 0 && monthFirstEvidence > 0,
            isDefault: dayFirstEvidence == 0 && monthFirstEvidence == 0)
    }

    /// Decides from a whole sample at once.
    public static func decide(_ samples: some Sequence<String>) -> DateOrderDecision {
        var detector = DateOrderDetector()
        for sample in samples { detector.add(sample) }
        return detector.decision
    }

    private func defaultReason(_ order: DateOrder) -> String {
        if undecided + impossible == 0 {
            return "\(Self.name(order)) by default: no day/month dates to judge"
        }
        let convention = order == .monthFirst
            ? "'/' is the US convention"
            : (dashValues > dotValues ? "'-' is the European convention" : "'.' is the German convention")
        let both = undecided > 0 ? ["\(undecided) \(undecided == 1 ? "fits" : "fit") both"] : []
        let neither = impossible > 0 ? ["\(impossible) \(impossible == 1 ? "fits" : "fit") neither"] : []
        return "\(Self.name(order)) by default: no value proves an order "
            + "(\((both + neither).joined(separator: ", "))), and \(convention)"
    }

    private static func isValid(day: Int, month: Int, year: Int) -> Bool {
        (1...12).contains(month) && day >= 1 && day <= CivilCalendar.daysInMonth(month, year: year)
    }

    private static func name(_ order: DateOrder) -> String {
        order == .dayFirst ? "day-first" : "month-first"
    }

    /// "1 value has" / "41 values have".
    private static func count(_ number: Int) -> String {
        number == 1 ? "1 value has" : "\(number) values have"
    }
}
