/// String similarity and edit distance measures for comparing two normalised values.
///
/// Every measure reads UTF-8 bytes (`UnsafeBufferPointer<UInt8>`, the fast path) and has a `String`
/// convenience overload. When both sides are ASCII the bytes are compared as they are; otherwise both
/// are decoded into Unicode scalars first, so that `Müller`/`Muller` is one edit and not two (malformed
/// UTF-8 decodes to U+FFFD). Scalars are compared as they come: normalise to NFC beforehand, or a
/// precomposed `ü` and `u` + combining diaeresis differ.
///
/// These run for every candidate pair, tens of millions of times per run, so they allocate nothing on
/// the heap: work buffers (decoded scalars, match flags, dynamic-programming rows) live in
/// `withUnsafeTemporaryAllocation`, which is on the stack for the sizes of names and addresses.
/// They keep no state and are safe to call from any number of threads.
///
/// Conventions shared by the measures:
/// - two empty strings are identical: similarity 1, distance 0;
/// - one empty string against a non-empty one: similarity 0, distance the other's length.
public enum StringSimilarity {
    /// Winkler's prefix scale: how much each agreeing leading character closes the gap to 1.
    public static let winklerPrefixScale = 0.1
    /// Winkler's longest prefix that earns a boost.
    public static let winklerMaxPrefix = 4
    /// Winkler's boost threshold: only a Jaro similarity above it is boosted for a common prefix.
    public static let winklerBoostThreshold = 0.7

    /// The Jaro similarity of two UTF-8 strings, in 0...1.
    ///
    /// Characters agree when equal and at most `max(|a|, |b|) / 2 - 1` positions apart; with `m`
    /// agreeing characters and `t` half the number of them that appear in a different order (rounded
    /// down, as in Winkler's and most implementations), the similarity is
    /// `(m/|a| + m/|b| + (m - t)/m) / 3`, and 0 when `m` is 0.
    public static func jaro(_ a: UnsafeBufferPointer<UInt8>, _ b: UnsafeBufferPointer<UInt8>) -> Double {
        if isASCII(a), isASCII(b) { return jaroOfElements(a, b) }
        return withScalars(a, b) { jaroOfElements($0, $1) }
    }

    /// The Jaro similarity of two strings, in 0...1; see the bytes overload of `jaro`.
    public static func jaro(_ a: String, _ b: String) -> Double {
        withBytes(a, b) { jaro($0, $1) }
    }

    /// The Jaro-Winkler similarity of two UTF-8 strings, in 0...1.
    ///
    /// Winkler's definition: when the Jaro similarity `j` is above the boost threshold 0.7, it is
    /// raised to `j + ℓ · 0.1 · (1 - j)` for `ℓ` leading characters in common, at most 4. Below the
    /// threshold a shared prefix says little (the strings disagree elsewhere), so `j` is kept. With the
    /// scale 0.1 and at most 4 characters the result stays within 0...1.
    public static func jaroWinkler(_ a: UnsafeBufferPointer<UInt8>, _ b: UnsafeBufferPointer<UInt8>) -> Double {
        if isASCII(a), isASCII(b) { return jaroWinklerOfElements(a, b) }
        return withScalars(a, b) { jaroWinklerOfElements($0, $1) }
    }

    /// The Jaro-Winkler similarity of two strings, in 0...1; see
    /// the bytes overload of `jaroWinkler`.
    public static func jaroWinkler(_ a: String, _ b: String) -> Double {
        withBytes(a, b) { jaroWinkler($0, $1) }
    }

    /// The Levenshtein distance of two UTF-8 strings (insertions, deletions and substitutions), or
    /// `limit + 1` when it is more than `limit`.
    ///
    /// Only the diagonal band of width `2 · limit + 1` is computed, and the computation stops as soon
    /// as a whole row of the band exceeds `limit`: O(limit · n) time, and quick for the dissimilar
    /// pairs that make up most candidates.
    /// - Parameter limit: The largest distance of interest, at least 0; the default computes the
    ///   full distance.
    /// - Returns: The distance, if at most `limit`; otherwise `limit + 1`.
    public static func levenshtein(
        _ a: UnsafeBufferPointer<UInt8>, _ b: UnsafeBufferPointer<UInt8>, limit: Int = .max
    ) -> Int {
        precondition(limit >= 0, "an edit distance limit is at least 0")
        if isASCII(a), isASCII(b) { return editDistanceOfElements(a, b, limit: limit, transpositions: false) }
        return withScalars(a, b) { editDistanceOfElements($0, $1, limit: limit, transpositions: false) }
    }

    /// The Levenshtein distance of two strings, or `limit + 1` when it is more than `limit`; see
    /// the bytes overload of `levenshtein`.
    public static func levenshtein(_ a: String, _ b: String, limit: Int = .max) -> Int {
        withBytes(a, b) { levenshtein($0, $1, limit: limit) }
    }

    /// The Damerau-Levenshtein distance of two UTF-8 strings in its optimal string alignment form,
    /// or `limit + 1` when it is more than `limit`.
    ///
    /// As Levenshtein, and a swap of two adjacent characters counts as one edit; no substring is
    /// edited twice, so `ca`/`abc` is 3 (the unrestricted distance would be 2). Banded and stopped
    /// early as the bytes overload of `levenshtein`.
    /// - Parameter limit: The largest distance of interest, at least 0; the default computes the
    ///   full distance.
    /// - Returns: The distance, if at most `limit`; otherwise `limit + 1`.
    public static func damerauLevenshtein(
        _ a: UnsafeBufferPointer<UInt8>, _ b: UnsafeBufferPointer<UInt8>, limit: Int = .max
    ) -> Int {
        precondition(limit >= 0, "an edit distance limit is at least 0")
        if isASCII(a), isASCII(b) { return editDistanceOfElements(a, b, limit: limit, transpositions: true) }
        return withScalars(a, b) { editDistanceOfElements($0, $1, limit: limit, transpositions: true) }
    }

    /// The Damerau-Levenshtein (optimal string alignment) distance of two strings, or `limit + 1`
    /// when it is more than `limit`; see
    /// the bytes overload of `damerauLevenshtein`.
    public static func damerauLevenshtein(_ a: String, _ b: String, limit: Int = .max) -> Int {
        withBytes(a, b) { damerauLevenshtein($0, $1, limit: limit) }
    }
}
