import Foundation
#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// The system's short reason for a failed write ("File too large", "No space left on device"),
/// dug out of Foundation's error: its description is a multi-line NSError dump that hid the cause
/// in the one line a cron mail shows.
enum WriteFailureReason {
    static func of(_ error: any Error) -> String {
        var current = error as NSError
        while true {
            if current.domain == NSPOSIXErrorDomain { return String(cString: strerror(Int32(current.code))) }
            guard let underlying = current.userInfo[NSUnderlyingErrorKey] as? any Error else { break }
            current = underlying as NSError
        }
        return (error as NSError).localizedFailureReason ?? "\(error)"
    }
}
