import LeadreconLink
import Testing

@Suite struct ModelWaterfallTests {
    @Test func waterfallGolden() throws {
        let email = try ComparisonSpec(name: "email", levels: ["exact", "else", "null"], nullLevel: 2, exactLevels: [0])
        let lastName = try ComparisonSpec(name: "last_name", levels: ["exact", "jw>=0.92", "else"], exactLevels: [0])
        let city = try ComparisonSpec(name: "city", levels: ["exact", "else"], exactLevels: [0])
        let phone = try ComparisonSpec(name: "phone", levels: ["exact", "else", "null"], nullLevel: 2, exactLevels: [0])
        let model = try LinkModel(
            priorMatchProbability: 0.1,
            comparisons: [
                try ComparisonParameters(spec: email, m: [0.95, 0.05, 1], u: [0.0001, 0.9999, 1]),
                try ComparisonParameters(spec: lastName, m: [0.9, 0.06, 0.04], u: [0.01, 0.04, 0.95]),
                try ComparisonParameters(spec: city, m: [0.1, 0.9], u: [0.2, 0.8]),
                try ComparisonParameters(spec: phone, m: [0.8, 0.2, 1], u: [0.001, 0.999, 1]),
            ])
        // email exact: log2(0.95/0.0001) = 13.2137; last_name exact on a 0.05 % value: log2(0.9/0.0005)
        // = 10.8138; city else: log2(0.9/0.8) = 0.1699; phone null: 0. Prior log2(1/9) = −3.1699.
        // Running totals 10.0438, 20.8576, 21.0275.
        let text = model.waterfall([0, 0, 1, 2], termFrequencies: [nil, 0.0005, nil, nil])
        #expect(
            text == """
                comparison  level       m     u       weight  cumulative
                prior       λ = 0.1                    -3.17       -3.17
                email       exact       0.95  0.0001  +13.21       10.04
                last_name   exact (tf)  0.9   0.0005  +10.81       20.86
                city        else        0.9   0.8      +0.17       21.03
                phone       null        -     -        +0.00       21.03
                final weight 21.03, match probability 1.000000

                """)
        let explanation = model.explain([0, 0, 1, 2], termFrequencies: [nil, 0.0005, nil, nil])
        #expect(explanation.decidingComparison?.comparison == "email")
        #expect(abs(explanation.weight - 21.027493) < 1e-6)
    }
}
