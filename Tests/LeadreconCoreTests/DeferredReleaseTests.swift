import Foundation
import Testing
@testable import LeadreconCore

/// What a run hands to `DeferredRelease` is freed (on a thread of its own), not kept.
@Suite struct DeferredReleaseTests {
    final class Tracked {}

    @Test func releasedValueIsFreed() async throws {
        weak var watched: Tracked?
        do {
            let value = [Tracked(), Tracked()]
            watched = value[0]
            DeferredRelease.release(consume value)
        }
        var waited = 0
        while watched != nil && waited < 200 {
            try await Task.sleep(for: .milliseconds(10))
            waited += 1
        }
        #expect(watched == nil, "still alive after \(waited * 10) ms")
    }
}
