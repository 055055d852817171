import Testing
@Test func linkModuleBuilds() { #expect(Bool(true)) }
