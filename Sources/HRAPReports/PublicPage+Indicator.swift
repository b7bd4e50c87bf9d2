import CSVParsing
import HRAPCore
import Mustache

extension PublicPage {
    /// An indicator's page: its chart and the same figures as a table, values by group, the definition of its
    /// status, and every public version of its values with corrections marked; nil for an unknown code.
    public func indicator(_ code: String) -> MustacheValue? {
        guard let indicator = file.indicators.first(where: { $0.code == code }),
            case .object(var details) = report.indicator(indicator)
        else { return nil }
        let state = report.progress.indicators[code]
        let key = (state?.status ?? .noData).rawValue
        details["definition"] = report.text("definition.\(key)")
        details["source"] = report.content(indicator.dataSource)
        details["note"] = report.content(indicator.note)
        details["direction"] = report.text("web.direction.\(indicator.direction.rawValue)")
        details["csv_href"] = .string(path("indicators", code, "values.csv"))
        let history = versions(of: code)
        details["history"] = .list(history.map(versionRow))
        details["has_history"] = .bool(!history.isEmpty)
        details["derived"] = indicator.derived.map { report.text("derived.\($0.rawValue)") } ?? .null
        var members = common()
        members["indicator"] = .object(details)
        return .object(members)
    }

    /// The public versions of an indicator's values, newest date first, each with whether it is current and whether
    /// it corrects an earlier version of the same value.
    func versions(of code: String) -> [(measurement: Measurement, current: Bool, correction: Bool)] {
        let values = (report.input.values[code] ?? []).filter { $0.date <= report.asOf }
        let current = Supersession.currentFlags(values, key: \.key, recordedAt: \.recordedAt)
        var seen: [MeasurementKey: Int] = [:]
        let ordered = values.indices.sorted { left, right in
            let (a, b) = (
                values[left].recordedAt?.secondsSince1970 ?? .min, values[right].recordedAt?.secondsSince1970 ?? .min
            )
            return (a, left) < (b, right)
        }
        var correction = [Bool](repeating: false, count: values.count)
        for index in ordered {
            correction[index] = seen[values[index].key, default: 0] > 0
            seen[values[index].key, default: 0] += 1
        }
        return values.indices.map { (values[$0], current[$0], correction[$0]) }.sorted { left, right in
            (left.measurement.date, left.measurement.recordedAt?.secondsSince1970 ?? .min)
                > (right.measurement.date, right.measurement.recordedAt?.secondsSince1970 ?? .min)
        }
    }

    private func versionRow(_ version: (measurement: Measurement, current: Bool, correction: Bool)) -> MustacheValue {
        let value = version.measurement
        return .object([
            "date": report.date(value.date), "group": .string(report.groupLabel(value.disaggregation)),
            "value": value.value.map { report.number($0) }
                ?? value.judgedStatus.map { report.text("judged.\($0.rawValue)") } ?? .null,
            "source": report.content(value.source), "note": report.content(value.note),
            "evidence": value.evidenceURL.map(Self.link) ?? .null,
            "recorded": value.recordedAt.map { report.date($0.date) } ?? .null,
            "current": .bool(version.current), "correction": .bool(version.correction),
            "new_method": .bool(value.isNewMethod),
        ])
    }

    /// A group as the open data writes it: the grounds' own keys (`sex: female`).
    static func group(_ value: Measurement) -> String {
        value.disaggregation.sorted { $0.key < $1.key }.map { "\($0.key): \($0.value)" }.joined(separator: ", ")
    }

    /// The indicator's public values as CSV (UTF-8, comma, ISO dates, decimal point, empty cell = unknown), every
    /// version with whether it is current; a text cell a spreadsheet would run as a formula gets a leading
    /// apostrophe. Nil for an unknown code.
    public func indicatorCSV(_ code: String) -> String? {
        guard file.indicators.contains(where: { $0.code == code }) else { return nil }
        let header = [
            "indicator", "date", "period_start", "group", "value", "judged_status", "source", "note", "new_method",
            "recorded_at", "current",
        ]
        let rows = versions(of: code).reversed().map { version -> [String] in
            let value = version.measurement
            let text = [Self.group(value), value.source ?? "", value.note ?? ""].map(SpreadsheetCell.neutralized)
            return [
                SpreadsheetCell.neutralized(code), value.date.description, value.periodStart?.description ?? "",
                text[0], OpenDataBundle.number(value.value), value.judgedStatus?.rawValue ?? "", text[1], text[2],
                value.isNewMethod ? "true" : "false", value.recordedAt?.description ?? "",
                version.current ? "true" : "false",
            ]
        }
        return CSVWriter().text([header] + rows)
    }
}
