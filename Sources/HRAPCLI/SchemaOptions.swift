import CLIKit
import HRAPCore
import JSONCoding

/// Turns a record schema's fields into command-line options and options back into a record,
/// through the same decoding and rules as plan files.
enum SchemaOptions {
    /// One option per field (except those left out), named after the field in kebab case.
    static func options<R: Record>(
        _ type: R.Type, excluding excluded: Set<String> = [], requiredMarks: Bool = true,
        note: (Field<R>) -> String = { _ in "" }
    ) -> [Option] {
        R.schema.fields.filter { !excluded.contains($0.name) }.map { field in
            let required = requiredMarks && field.isRequired ? " Required." : ""
            return Option.value(
                OptionValue.optionName(field.name), valueName: valueName(field.kind),
                help: field.help + required + note(field) + " (\(field.kind.summary))")
        }
    }

    /// The fields given as options, as JSON members.
    static func given<R: Record>(_ type: R.Type, _ parsed: ParsedArguments) -> [(String, JSONValue)] {
        R.schema.fields.compactMap { field in
            parsed.value(OptionValue.optionName(field.name)).map {
                (field.name, OptionValue.json($0, kind: field.kind))
            }
        }
    }

    /// Decodes members into a record, or throws every problem located by field name (the CLI's error mapping names the
    /// options).
    static func decode<R: Record>(_ type: R.Type, _ members: [(String, JSONValue)], what: String) throws -> R {
        let (record, problems) = R.schema.decode(.object(members), path: "")
        guard problems.isEmpty else { throw ValidationError(source: what, problems: problems) }
        return record
    }

    /// `field.sub` → `--field.sub`, so messages name the option the user typed.
    static func optionPath(_ problem: ValidationProblem) -> ValidationProblem {
        let head = problem.path.prefix { $0 != "." && $0 != "[" }
        return ValidationProblem(
            path: "--" + OptionValue.optionName(String(head)) + problem.path.dropFirst(head.count), code: problem.code,
            message: problem.message)
    }

    /// The placeholder shown in help for a field kind.
    static func valueName(_ kind: FieldKind) -> String {
        switch kind {
        case .date, .day: "DATE"
        case .timestamp: "TIMESTAMP"
        case .integer, .number: "NUMBER"
        case .url: "URL"
        case .code: "CODE"
        case .list: "LIST"
        case .records, .dictionary: "JSON"
        case .choice: "CHOICE"
        default: "TEXT"
        }
    }
}
