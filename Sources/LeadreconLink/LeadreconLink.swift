/// LeadreconLink decides which records are the same person. Generic record linkage: nothing here
/// knows what a lead is.
///
/// - Normalise (`Normalize/`): ``EmailNormalizer``, ``PhoneNormalizer`` (E.164 with a default
///   region), ``PersonNameNormalizer`` (titles, particles, two umlaut folds), ``CompanyNormalizer``
///   (legal forms stripped longest first).
/// - Compare (`Compare/`): ``StringSimilarity`` (Jaro-Winkler, Levenshtein and Damerau-Levenshtein
///   with early exit) and ``Comparator``, which grades a pair of values into levels.
/// - Block (`Block/`): ``CandidatePairs`` from the union of equality ``BlockingRule``s, counted
///   before any pair is made, oversize blocks skipped with a warning.
/// - Model (`Model/`): ``LinkModel`` (Fellegi–Sunter weights, explanations), ``UEstimator``,
///   ``ExpectationMaximisation`` over ``GammaPatternCounts``.
/// - Cluster (`Cluster/`): ``PersonClusters``, strongest links first, with a size cap against
///   chaining and an optional one-record-per-source rule.
enum LeadreconLinkModule {}
