/// Which component comes first in a date whose day and month are both numbers of up to two
/// digits (`12.03.2024`, `3/12/2024`, `12-03-2024`); year-first dates are never ambiguous.
public enum DateOrder: Sendable, Hashable, CaseIterable {
    /// Day, month, year: German `12.03.2024`, British `12/03/2024`.
    case dayFirst
    /// Month, day, year: US `3/12/2024`.
    case monthFirst
}
