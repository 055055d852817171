/// How letters with diacritics become ASCII in a key.
///
/// Both conventions are legitimate and both occur in real data, so the name normaliser builds a
/// key with each: German writers and e-mail local parts spell `Müller` as `mueller`, ASCII-only
/// systems store it as `muller`.
public enum FoldStyle: Sendable, Hashable, CaseIterable {
    /// `ä→ae ö→oe ü→ue ß→ss`, every other diacritic dropped (`é→e`).
    case german
    /// Every diacritic dropped (`ä→a`), `ß→ss`.
    case plain
}
