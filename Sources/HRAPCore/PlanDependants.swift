/// Which records of a plan name another one: what the forms offer as a choice of the plan's records, and what keeps
/// a record from being retired (a record others name stays until they no longer do).
public enum PlanDependants {
    /// Fields of plan records that name another record of the plan (one, or several for a list), by the collection
    /// they name.
    public static let references: [String: String] = [
        "field": "fields", "objective": "objectives", "action": "actions", "indicator": "indicators",
        "lead_unit": "org_units", "partner_units": "org_units", "parent": "org_units", "standards": "standards",
        "follow_up_action": "actions", "coordinating_body": "bodies",
    ]

    /// The collections a field names: its entry in ``references``, or for a narrative's subject a field of action or
    /// a measure.
    public static func collections(named field: String) -> [String] {
        field == "subject" ? ["fields", "actions"] : references[field].map { [$0] } ?? []
    }

    /// Every record of `file` that names the record `code` of `collection`, as "objectives 1.2 (field)": the plan,
    /// each section's records field by field, and the recommendations of evaluations.
    public static func of(_ code: String, in collection: String, file: PlanFile) -> [String] {
        var found: [String] = []
        if collection == "bodies", file.plan.coordinatingBody == code {
            found.append("plan \(file.plan.code) (coordinating_body)")
        }
        for type in PlanFile.recordSections {
            found += naming(code, in: collection, type, file)
        }
        if collection == "actions" {
            for evaluation in file.evaluations {
                for recommendation in evaluation.recommendations where recommendation.followUpAction == code {
                    found.append("evaluations \(evaluation.code)/\(recommendation.code) (follow_up_action)")
                }
            }
        }
        return found
    }

    private static func naming<R: PlanRecord>(
        _ code: String, in collection: String, _ type: R.Type, _ file: PlanFile
    ) -> [String] {
        let fields = R.schema.fields.filter { collections(named: $0.name).contains(collection) }
        guard !fields.isEmpty else { return [] }
        return file[keyPath: R.section].flatMap { record in
            fields.compactMap { field -> String? in
                let value = field.get(record)
                let names = value?.string == code || value?.array?.contains(.string(code)) == true
                let isItself = R.collection == collection && R.label(of: record) == code
                return names && !isItself ? "\(R.collection) \(R.label(of: record)) (\(field.name))" : nil
            }
        }
    }
}
