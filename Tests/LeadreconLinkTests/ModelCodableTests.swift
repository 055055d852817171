import Foundation
import LeadreconLink
import Testing

@Suite struct ModelCodableTests {
    private static let model: LinkModel = {
        let email = try! ComparisonSpec(
            name: "email", levels: ["exact", "else", "null"], nullLevel: 2, exactLevels: [0], termFrequencyMinimumU: 1e-4)
        let name = try! ComparisonSpec(name: "name", levels: ["exact", "jw>=0.9", "else"], exactLevels: [0])
        return try! LinkModel(
            priorMatchProbability: 0.1,
            comparisons: [
                try! ComparisonParameters(spec: email, m: [0.9, 0.1, 1], u: [0.01, 0.99, 1]),
                try! ComparisonParameters(spec: name, m: [0.7, 0.2, 0.1], u: [0.02, 0.08, 0.9], mIsFixed: true),
            ])
    }()

    @Test func roundTripGivesTheSameModelAndBytes() throws {
        let data = try Self.model.jsonData()
        let decoded = try LinkModel(jsonData: data)
        #expect(decoded == Self.model)
        #expect(try decoded.jsonData() == data)
    }

    @Test func jsonGolden() throws {
        let text = String(decoding: try Self.model.jsonData(), as: UTF8.self)
        #expect(
            text == """
                {
                  "comparisons" : [
                    {
                      "fixed_m" : false,
                      "fixed_u" : false,
                      "levels" : [
                        {
                          "label" : "exact",
                          "m" : 0.9,
                          "role" : "exact",
                          "u" : 0.01
                        },
                        {
                          "label" : "else",
                          "m" : 0.1,
                          "role" : "other",
                          "u" : 0.99
                        },
                        {
                          "label" : "null",
                          "role" : "null"
                        }
                      ],
                      "name" : "email",
                      "term_frequency_minimum_u" : 0.0001
                    },
                    {
                      "fixed_m" : true,
                      "fixed_u" : false,
                      "levels" : [
                        {
                          "label" : "exact",
                          "m" : 0.7,
                          "role" : "exact",
                          "u" : 0.02
                        },
                        {
                          "label" : "jw>=0.9",
                          "m" : 0.2,
                          "role" : "other",
                          "u" : 0.08
                        },
                        {
                          "label" : "else",
                          "m" : 0.1,
                          "role" : "other",
                          "u" : 0.9
                        }
                      ],
                      "name" : "name",
                      "term_frequency_minimum_u" : 1e-05
                    }
                  ],
                  "format_version" : 1,
                  "prior_match_probability" : 0.1
                }

                """)
    }

    @Test func unknownVersionIsRefused() throws {
        let data = Data(#"{"format_version": 2, "prior_match_probability": 0.1, "comparisons": []}"#.utf8)
        #expect(throws: LinkModelError.formatVersion(2)) { try LinkModel(jsonData: data) }
    }

    @Test func invalidProbabilityIsRefused() throws {
        let json = #"""
            {"format_version": 1, "prior_match_probability": 0.1, "comparisons": [
              {"name": "x", "levels": [{"label": "exact", "role": "exact", "m": 0.9, "u": 0},
                                       {"label": "else", "role": "other", "m": 0.1, "u": 1}]}]}
            """#
        #expect(throws: LinkModelError.probability(comparison: "x", level: "exact", parameter: "u", value: 0)) {
            try LinkModel(jsonData: Data(json.utf8))
        }
    }

    @Test func missingMIsRefused() throws {
        let json = #"""
            {"format_version": 1, "prior_match_probability": 0.1, "comparisons": [
              {"name": "x", "levels": [{"label": "exact", "role": "exact", "u": 0.1},
                                       {"label": "else", "role": "other", "m": 0.1, "u": 0.9}]}]}
            """#
        #expect(throws: DecodingError.self) { try LinkModel(jsonData: Data(json.utf8)) }
    }
}
