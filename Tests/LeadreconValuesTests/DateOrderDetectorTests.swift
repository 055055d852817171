import LeadreconValues
import Testing

/// Day-first or month-first per column: proof by components above 12, conflicts, and the
/// separator's convention when nothing proves an order.
@Suite struct DateOrderDetectorTests {
    struct Case: Sendable, CustomTestStringConvertible {
        var samples: [String]
        var order: DateOrder
        var reason: String
        var dayFirst = 0, monthFirst = 0, undecided = 0, impossible = 0
        var isConflict = false, isDefault = false
        var testDescription: String { samples.joined(separator: " | ") }
    }

    static let cases: [Case] = [
        Case(samples: ["31.01.2024", "13.02.2024 09:14", "01.02.2024"], order: .dayFirst,
             reason: "day-first: 2 values have a first component above 12", dayFirst: 2, undecided: 1),
        Case(samples: ["25/12/2023"], order: .dayFirst,
             reason: "day-first: 1 value has a first component above 12", dayFirst: 1),
        Case(samples: ["3/12/2024 9:14 AM", "12/31/2023", "1/13/24"], order: .monthFirst,
             reason: "month-first: 2 values have a second component above 12", monthFirst: 2, undecided: 1),
        Case(samples: ["01.13.2024"], order: .monthFirst,
             reason: "month-first: 1 value has a second component above 12", monthFirst: 1),
        Case(samples: ["31.01.2024", "28.02.2024", "14.03.2024", "01.13.2024"], order: .dayFirst,
             reason: "conflict: 3 values have a first component above 12 (day-first) but 1 value has "
                + "a second component above 12 (month-first); reading day-first by the majority",
             dayFirst: 3, monthFirst: 1, isConflict: true),
        Case(samples: ["12/31/2023", "31/12/2023"], order: .monthFirst,
             reason: "conflict: 1 value has a first component above 12 (day-first) but 1 value has "
                + "a second component above 12 (month-first); reading month-first by the separator's convention",
             dayFirst: 1, monthFirst: 1, isConflict: true),
        Case(samples: ["01.02.2024", "03.04.2024 10:00", ""], order: .dayFirst,
             reason: "day-first by default: no value proves an order (2 fit both), and '.' is the German convention",
             undecided: 2, isDefault: true),
        Case(samples: ["1/2/2024", "3/4/24 9:14 PM"], order: .monthFirst,
             reason: "month-first by default: no value proves an order (2 fit both), and '/' is the US convention",
             undecided: 2, isDefault: true),
        Case(samples: ["01-02-2024"], order: .dayFirst,
             reason: "day-first by default: no value proves an order (1 fits both), and '-' is the European convention",
             undecided: 1, isDefault: true),
        Case(samples: ["13/13/2024", "31.02.2024", "1/2/2024"], order: .monthFirst,
             reason: "month-first by default: no value proves an order (1 fits both, 2 fit neither), "
                + "and '/' is the US convention",
             undecided: 1, impossible: 2, isDefault: true),
        Case(samples: ["2024-03-12", "2024-12-31T09:00Z", "n/a", "", "12:30"], order: .dayFirst,
             reason: "day-first by default: no day/month dates to judge", isDefault: true),
        Case(samples: [], order: .dayFirst, reason: "day-first by default: no day/month dates to judge",
             isDefault: true),
        // Two-digit years count too, and 29.02 is judged in its own year.
        Case(samples: ["29.02.24"], order: .dayFirst,
             reason: "day-first: 1 value has a first component above 12", dayFirst: 1),
        Case(samples: ["29.02.23"], order: .dayFirst,
             reason: "day-first by default: no value proves an order (1 fits neither), "
                + "and '.' is the German convention",
             impossible: 1, isDefault: true),
    ]

    @Test(arguments: cases)
    func decision(_ example: Case) {
        let decision = DateOrderDetector.decide(example.samples)
        #expect(decision.order == example.order)
        #expect(decision.reason == example.reason)
        #expect(decision.dayFirstEvidence == example.dayFirst)
        #expect(decision.monthFirstEvidence == example.monthFirst)
        #expect(decision.undecided == example.undecided)
        #expect(decision.impossible == example.impossible)
        #expect(decision.isConflict == example.isConflict)
        #expect(decision.isDefault == example.isDefault)
    }

    /// Bytes and text are the same evidence, and a decided column parses with the decided order.
    @Test func bytesAndTextAgree() {
        let samples = ["12.03.2024", "31.03.2024 09:14", "2.4.24"]
        var fromBytes = DateOrderDetector()
        for sample in samples {
            Array(sample.utf8).withUnsafeBufferPointer { fromBytes.add($0) }
        }
        #expect(fromBytes.decision == DateOrderDetector.decide(samples))
        let parser = TimestampParser(timeZone: .berlin, order: fromBytes.decision.order)
        #expect(samples.allSatisfy { parser.parse($0).parsed != nil })
    }
}
