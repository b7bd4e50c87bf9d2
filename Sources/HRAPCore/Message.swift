/// Words the domain has to say (a metric's note, a reason), as a stable key with named parameters, so that each
/// surface and each report language words them itself; ``english`` is the default wording, from one catalogue.
public struct Message: Sendable, Equatable, CustomStringConvertible {
    /// The stable key, e.g. `metric.share_of`.
    public let key: String
    /// The parameters, in the order the English wording names them.
    public let parameters: [Parameter]

    /// One named parameter of a message.
    public struct Parameter: Sendable, Equatable {
        public let name: String
        public let value: String
    }

    /// A message with its key and parameters (names and values).
    public init(_ key: String, _ parameters: KeyValuePairs<String, String> = [:]) {
        self.key = key
        self.parameters = parameters.map { Parameter(name: $0.key, value: $0.value) }
    }

    /// The value of a parameter, if given.
    public subscript(parameter name: String) -> String? {
        parameters.first { $0.name == name }?.value
    }

    /// The default English wording: the catalogue's template with the parameters filled in.
    public var english: String {
        var text = Self.englishTemplates[key] ?? key
        for parameter in parameters { text = text.replacing("{\(parameter.name)}", with: parameter.value) }
        return text
    }

    public var description: String { english }

    /// The same message, said of a value for which there is nothing to compute from ("no data: …").
    public var noData: Message {
        Message(key: "no_data." + key, parameters: parameters)
    }

    private init(key: String, parameters: [Parameter]) {
        self.key = key
        self.parameters = parameters
    }

    /// The English wording of every key. A key prefixed `no_data.` reads as "no data: " and its own wording.
    static let englishTemplates: [String: String] = {
        var templates: [String: String] = [
            "metric.adopted_by": "adopted by the {adopter}, {consultation} a consultation recorded before it",
            "metric.adopted_by_other":
                "adopted by the {adopter}, which is no formal adoption for a {level} (the council; for a region, its parliament or, after a consultation, its executive)",
            "metric.not_adopted_by_council": "not adopted by the council by {date}",
            "metric.events": "{count} events",
            "metric.stakeholder_groups": "{groups}",
            "metric.overdue_actions": "{overdue} of {active} active actions overdue",
            "metric.budget_lines_for_year": "active actions with a budget line for {year}",
            "metric.budget_lines_or_package":
                "active actions with a budget line for {year}, {packaged} of them through a package for their field or the plan",
            "metric.budget_execution": "fiscal year {year}; {missing} lines without spending or allocation",
            "metric.no_allocation": "no data: no allocation reported for {year}",
            "metric.meetings_since": "meetings since {date}",
            "metric.external_members": "external members of monitoring and advisory bodies",
            "metric.reports_covering": "reports covering {start} to {end}, published by {deadline}",
            "metric.no_report_due": "no report due yet: the first reporting period ends {date}",
            "metric.no_report": "no data: no report published",
            "metric.last_report": "last report {date}",
            "metric.last_report_rhythm": "last report {date}, {days} days ago; the plan reports every {months} months",
            "metric.evaluations_by": "evaluations by {date}",
            "metric.predecessor_evaluations": "evaluations of the predecessor plan ({predecessor})",
            "metric.recommendations_answered": "recommendations with a response",
            "metric.networks": "{networks}",
            "metric.share_of": "{passing} of {total} {items}",
            "metric.no_objectives": "no objectives",
            "metric.mean_completeness": "mean completeness over {count} objectives",
        ]
        for (key, template) in templates where !template.hasPrefix("no data") {
            templates["no_data." + key] = "no data: " + template
        }
        return templates
    }()
}
