import Foundation

extension QuestionReader {
    /// The plan of `question`: the offline engine's, or the configured model's when the settings
    /// ask for it (always, or when the offline engine refuses or is unsure). Any failure of the
    /// model — no answer in time, an HTTP error, JSON that does not fit the table — falls back
    /// to the offline answer (or its refusal).
    func planConsultingModel(_ question: String) throws -> Plan {
        let offline = Result { try plan(question) }
        guard let llm else { return try offline.get() }
        if llm.mode == .fallback, case .success(let p) = offline, p.confidence >= Asker.confidenceThreshold {
            return p
        }
        if let p = try? modelPlan(question, llm) { return p }
        return try offline.get()
    }

    /// The model's reading of `question` over the most relevant table, validated and planned.
    func modelPlan(_ question: String, _ llm: LLMSettings) throws -> Plan {
        let parser =
            parsers.count == 1 ? parsers[0] : parsers.max { $0.relevance(question) < $1.relevance(question) }!
        let content = try ChatClient(settings: llm).complete(LLMPrompt.messages(question, parser.lexicon))
        let u = try ModelQuery.understanding(try ModelQuery.object(in: content), parser.lexicon)
        var plan = try Planner(lexicon: parser.lexicon).plan(u)
        plan.interpretation += " (read by \(llm.model))"
        return plan
    }
}
