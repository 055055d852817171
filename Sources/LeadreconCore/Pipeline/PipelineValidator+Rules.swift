import Foundation

extension PipelineValidator {
    func ruleSettings(_ raw: RawPipeline.Rules?) -> Pipeline.RuleSettings {
        var rules = Pipeline.RuleSettings()
        guard let raw else { return rules }

        rules.goodLead.minScore = number(raw.goodLeadMinScore)
        if let only = bool(raw.businessEmailOnly) { rules.goodLead.businessEmailOnly = only }
        if let countries = strings(raw.countries) { rules.goodLead.countries = countries }

        if let window = duration(raw.firstTouchHandRaise) { rules.sla.firstTouchHandRaise = window }
        if let window = duration(raw.firstTouchDefault) { rules.sla.firstTouchDefault = window }
        if let sources = strings(raw.handRaiseSources) { rules.sla.handRaiseSources = sources }
        if let window = duration(raw.acceptWithin) { rules.sla.acceptWithin = window }
        if let attempts = integer(raw.minAttempts, atLeast: 1) { rules.sla.minAttempts = attempts }
        if let window = duration(raw.cadenceWindow) { rules.sla.cadenceWindow = window }
        if let window = duration(raw.staleAfter) { rules.sla.staleAfter = window }

        if let types = strings(raw.touchTypes) { rules.touchTypes = types }
        if let statuses = strings(raw.completedStatuses) { rules.completedStatuses = statuses }
        if let sources = strings(raw.salesSources) { rules.salesSources = sources }
        if let list = raw.queueOwnerPatterns { rules.queueOwnerPatterns = ownerPatterns(list) }

        rules.premature.minScore = number(raw.prematureMinScore)
        if let list = raw.requiredFields { rules.premature.requiredFields = requiredFields(list) }
        if let window = duration(raw.confirmWindow) { rules.premature.confirmWindow = window }
        if let reasons = strings(raw.readinessReasons) { rules.premature.readinessReasons = reasons }

        if let grace = duration(raw.syncGrace) { rules.leakSyncGrace = grace }
        return rules
    }

    /// Compiles each pattern, pointing at the entry that does not compile.
    private func ownerPatterns(_ list: RawList<RawScalar>) -> [Pipeline.OwnerPattern] {
        list.items.compactMap { raw in
            guard let pattern = Pipeline.OwnerPattern(raw.text) else {
                log.error("invalid regular expression '\(raw.text)' in '\(raw.key)'", at: raw.location)
                return nil
            }
            return pattern
        }
    }

    private func requiredFields(_ list: RawList<RawPipeline.RequiredField>) -> [[CanonicalField]] {
        list.items.compactMap { entry in
            let fields = entry.anyOf.compactMap { field($0) }
            return fields.count == entry.anyOf.count ? fields : nil
        }
    }
}
