import Foundation

/// Frees a run's large structures on a thread of its own. At a million leads, freeing a third of
/// a million findings (a dozen strings each) and the history's copy of them took half a second on
/// one core at the very end of a run, with nothing left to do beside it; a command-line run now
/// exits without waiting for it (the system takes the memory back at once).
enum DeferredRelease {
    /// Takes `value` over and lets it go on another thread; the caller must hold no other
    /// reference to what it wants freed there (pass it with `consume`).
    static func release<Value>(_ value: consuming Value) {
        let box = Box(value)
        let thread = Thread { box.value = nil }
        thread.name = "leadrecon-release"
        thread.start()
    }

    /// Written only by the releasing thread, after the caller has given it up.
    private final class Box<Value>: @unchecked Sendable {
        var value: Value?
        init(_ value: consuming Value) { self.value = value }
    }
}
