import Foundation
import LeadreconCore
#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// SIGTERM, SIGINT and SIGHUP end a run without leaving its lock or staging folder behind.
///
/// The signals are blocked in every thread (set before any other thread starts, so all inherit it)
/// and taken by one thread with `sigwait`: the cleanup then runs as ordinary code, not in a signal
/// handler, where almost nothing is allowed. Afterwards the signal's default action is restored
/// and the signal raised again, so the process still ends *by* that signal (status 143 for
/// SIGTERM) as a shell or cron expects.
enum TerminationSignals {
    static let handled: [Int32] = [SIGTERM, SIGINT, SIGHUP]

    static func install() {
        var set = signalSet()
        pthread_sigmask(SIG_BLOCK, &set, nil)
        let thread = Thread {
            var set = signalSet()
            var received: Int32 = 0
            guard sigwait(&set, &received) == 0 else { return }
            InterruptCleanup.runAll()
            signal(received, SIG_DFL)
            var only = sigset_t()
            sigemptyset(&only)
            sigaddset(&only, received)
            pthread_sigmask(SIG_UNBLOCK, &only, nil)
            raise(received)
        }
        thread.name = "leadrecon-signals"
        thread.start()
    }

    private static func signalSet() -> sigset_t {
        var set = sigset_t()
        sigemptyset(&set)
        for signal in handled { sigaddset(&set, signal) }
        return set
    }
}
