/// Estimates m (and λ, optionally u) without labels, by expectation–maximisation over the candidate
/// pairs' gamma patterns — as Splink trains its Fellegi–Sunter models.
///
/// Each iteration:
/// - **E**: for every distinct pattern p, the posterior match probability
///   r_p = λ Π m / (λ Π m + (1 − λ) Π u), null levels left out of both products;
/// - **M**: m_c[l] = Σ_p n_p r_p [γ_pc = l] / Σ_p n_p r_p [γ_pc not null] for every comparison whose m
///   is not fixed, λ = Σ n_p r_p / Σ n_p, and, if asked, u likewise with weights 1 − r_p.
///
/// It stops when no m, u or λ moved by more than the tolerance (default 1e-6) or after 100 iterations.
/// No estimated probability reaches 0: values below the floor (1e-6) are raised to it and the others
/// scaled down so the level probabilities still sum to 1 — a zero m would make a level an absolute
/// veto (weight −∞). u stays as given unless ``Options/estimatesU`` is set (Splink's default too: u
/// from random pairs is better than u from candidate pairs, which blocking has already filtered).
///
/// Cost is O(distinct patterns × comparisons × iterations), independent of the number of pairs.
/// Deterministic: patterns are visited in lexicographic gamma order and every sum is taken in that
/// order, so the same patterns and start give a bit-identical model on every run.
public enum ExpectationMaximisation {
    /// The default starting λ: the share of candidate pairs assumed to be matches before training.
    /// EM with u fixed is insensitive to it; it only needs to be in (0, 1).
    public static let defaultStartingPrior = 0.05

    /// Stopping rule and what is estimated.
    public struct Options: Sendable, Equatable {
        /// Upper bound on iterations.
        public var maxIterations: Int
        /// Stop when the largest change of any estimated probability falls below this.
        public var tolerance: Double
        /// Smallest value an estimated m, u or λ may take.
        public var probabilityFloor: Double
        /// Whether λ is estimated (otherwise kept from the starting model).
        public var estimatesPrior: Bool
        /// Whether u is estimated too (comparisons with ``ComparisonParameters/uIsFixed`` excepted).
        public var estimatesU: Bool

        /// Creates options; the defaults are Splink's habits: 100 iterations, 1e-6, u not estimated.
        public init(
            maxIterations: Int = 100,
            tolerance: Double = 1e-6,
            probabilityFloor: Double = 1e-6,
            estimatesPrior: Bool = true,
            estimatesU: Bool = false
        ) {
            self.maxIterations = maxIterations
            self.tolerance = tolerance
            self.probabilityFloor = probabilityFloor
            self.estimatesPrior = estimatesPrior
            self.estimatesU = estimatesU
        }
    }

    /// The trained model and how training went.
    public struct Outcome: Sendable, Equatable {
        /// The model after the last iteration.
        public let model: LinkModel
        /// The number of iterations run.
        public let iterations: Int
        /// Whether the change fell below the tolerance before the iteration limit.
        public let converged: Bool
        /// The largest change of any estimated probability in the last iteration.
        public let finalChange: Double
        /// The log2-likelihood of the patterns at the start of each iteration; never decreases (up to
        /// the floor's nudges), a check that training worked.
        public let logLikelihoods: [Double]
    }

    /// A model to start training from: the given u, default starting m
    /// (``ComparisonParameters/defaultStartingM(for:)``) and λ.
    ///
    /// - Parameters:
    ///   - specs: The comparisons, in gamma-vector order.
    ///   - u: u per comparison per level, for example from ``UEstimator``.
    ///   - prior: The starting λ.
    public static func startingModel(
        specs: [ComparisonSpec],
        u: [[Double]],
        prior: Double = defaultStartingPrior
    ) throws(LinkModelError) -> LinkModel {
        precondition(u.count == specs.count, "one u list per comparison")
        var comparisons: [ComparisonParameters] = []
        for (spec, u) in zip(specs, u) {
            comparisons.append(try ComparisonParameters(spec: spec, m: ComparisonParameters.defaultStartingM(for: spec), u: u))
        }
        return try LinkModel(priorMatchProbability: prior, comparisons: comparisons)
    }

    /// Trains m and λ (and u if asked) on aggregated candidate pairs.
    ///
    /// - Parameters:
    ///   - start: The starting model; its fixed m and u are kept as they are.
    ///   - patterns: The candidate pairs' gamma patterns, over the same comparisons.
    ///   - options: Stopping rule and what is estimated.
    /// - Throws: ``LinkModelError/patternShape(expected:found:)`` when the patterns do not fit the model.
    public static func train(
        _ start: LinkModel,
        on patterns: GammaPatternCounts,
        options: Options = Options()
    ) throws(LinkModelError) -> Outcome {
        guard patterns.levelCounts == start.levelCounts else {
            throw .patternShape(expected: start.levelCounts, found: patterns.levelCounts)
        }
        var state = EMState(start: start, patterns: patterns, options: options)
        var logLikelihoods: [Double] = []
        var change = Double.infinity
        var iterations = 0
        if patterns.totalCount > 0 {
            while iterations < options.maxIterations {
                iterations += 1
                logLikelihoods.append(state.iterate())
                change = state.lastChange
                if change < options.tolerance { break }
            }
        }
        return Outcome(
            model: try state.model(),
            iterations: iterations,
            converged: change < options.tolerance,
            finalChange: change,
            logLikelihoods: logLikelihoods)
    }
}
