import CLIKit
import CSVParsing
import HRAPCore
import HRAPUseCases
import JSONCoding

/// The `create`, `update`, `list` and `show` subcommands of one record type, generated from its schema:
/// every field is an option named after it, checked by the same rules as plan files.
struct EntityCommands<R: IdentifiedRecord> {
    /// The command word, e.g. `objective`.
    let name: String
    /// One line for the parent's help.
    let abstract: String
    let context: CommandContext
    /// Whether records belong to a plan (and commands take `--plan`).
    let isPlanScoped: Bool
    /// The fields that identify a record.
    let identity: [String]
    /// The fields shown as table columns by `list`.
    let columns: [String]
    /// An example line for each subcommand's help.
    let examples: [String: String]
    let load: @Sendable (HRAPService, ParsedArguments) throws -> [R]
    /// Derived values shown with the records, by record label (an action's current status and its source).
    var annotate: (@Sendable (HRAPService, ParsedArguments) throws -> [String: [(String, JSONValue)]])?
    /// Retires a record of a plan, as read (nil: the records are never retired).
    var retire: (@Sendable (HRAPService, ParsedArguments, R) throws -> Void)?

    /// The command with its subcommands.
    func command(extra: [Command] = []) -> Command {
        var subcommands = [
            write(.create, "create", "Create \(spoken.withIndefiniteArticle)."),
            write(.update, "update", "Change fields of \(spoken.withIndefiniteArticle)."),
        ]
        if identity != ["code"] {
            subcommands = [write(.upsert, "set", "Create or change \(spoken.withIndefiniteArticle).")]
        }
        subcommands += [list(), show()] + (retire == nil ? [] : [retireCommand()]) + extra
        return Command(name, abstract: abstract, subcommands: subcommands)
    }

    private var spoken: String { R.schema.entity.replacing("_", with: " ") }

    private var planOption: [Option] {
        isPlanScoped ? [.value("plan", short: "p", valueName: "CODE", help: "Code of the plan (or HRAP_PLAN).")] : []
    }

    private func write(_ mode: WriteMode, _ word: String, _ abstract: String) -> Command {
        let fieldOptions = SchemaOptions.options(R.self, requiredMarks: mode != .update) { field in
            identity.contains(field.name) && mode != .create ? " Identifies the record." : ""
        }
        let context = self.context
        return Command(
            word, abstract: abstract,
            discussion: mode == .update
                ? "Only the options given change; give an empty value ('') to clear an optional field." : nil,
            examples: examples[word].map { [$0] } ?? [], options: planOption + fieldOptions
        ) { parsed in
            let given = SchemaOptions.given(R.self, parsed)
            let key =
                try mode == .create ? identity.map { name in given.last { $0.0 == name }?.1 } : identityValues(parsed)
            let service = try isPlanScoped ? context.planWriter(parsed) : context.service(parsed, .write)
            let saved = try service.saveRecord(
                R.self, plan: isPlanScoped ? try context.plan(parsed) : nil, mode: mode,
                identity: key.map { $0 == .null ? nil : $0 },
                changes: given, as: context.principal(parsed))
            let record = saved.record
            let label = identity.compactMap { R.schema.field(named: $0)?.get(record).map(cellText) }.joined(
                separator: " ")
            context.say("\(mode == .create ? "Created" : "Saved") \(spoken) \(label).")
            for notice in saved.notices { context.io.err("Warning: \(Self.wording(notice))\n") }
        }
    }

    private func list() -> Command {
        let context = self.context
        return Command(
            "list", abstract: "List the \(spoken)s\(isPlanScoped ? " of a plan" : "").",
            options: planOption + [OutputFormat.option]
        ) { parsed in
            let service = try context.service(parsed, .read)
            let records = try load(service, parsed)
            context.io.out(try renderer(service, parsed).render(records, format: context.format(parsed)))
        }
    }

    /// The options (or the argument) that name one record.
    private var identityOptions: (options: [Option], arguments: [Argument]) {
        identity.count == 1
            ? ([], [Argument(identity[0].uppercased(), help: "The \(spoken)'s \(identity[0]).")])
            : (identity.map { Option.value(OptionValue.optionName($0), help: "Identifies the \(spoken).") }, [])
    }

    private func retireCommand() -> Command {
        let context = self.context
        return Command(
            "retire", abstract: "Retire \(spoken.withIndefiniteArticle) no other record, value or update names.",
            discussion:
                "The record leaves the plan and its pages; its last version stays in the audit log ('hrap audit').",
            options: planOption + identityOptions.options, arguments: identityOptions.arguments
        ) { parsed in
            let service = try context.planWriter(parsed)
            guard let record = try find(in: try load(service, parsed), parsed: parsed) else { return }
            try retire?(service, parsed, record)
            context.say("Retired \(spoken) \(R.label(of: record)).")
        }
    }

    private func show() -> Command {
        let context = self.context
        return Command(
            "show", abstract: "Show one \(spoken) with all its fields.",
            options: planOption + identityOptions.options + [OutputFormat.option],
            arguments: identityOptions.arguments
        ) { parsed in
            let service = try context.service(parsed, .read)
            guard let record = try find(in: try load(service, parsed), parsed: parsed) else { return }
            let members = try renderer(service, parsed).members(record)
            switch context.format(parsed) {
            case .json: context.printJSON(.object(members))
            case .csv: context.io.out(CSVWriter().text([["field", "value"]] + members.map { [$0.0, cellText($0.1)] }))
            case .table:
                let given = Dictionary(members, uniquingKeysWith: { first, _ in first })
                let names = R.schema.fields.map(\.name) + members.map(\.0).filter { R.schema.field(named: $0) == nil }
                let rows = names.map { [$0, cellText(given[$0] ?? R.schema.field(named: $0)?.defaultValue)] }
                context.io.out(TableRenderer.render(header: ["field", "value"], rows: rows))
            }
        }
    }

    private func renderer(_ service: HRAPService, _ parsed: ParsedArguments) throws -> RecordRenderer<R> {
        RecordRenderer(
            columns: columns, annotations: try annotate?(service, parsed) ?? [:], label: { R.label(of: $0) })
    }

    /// The identity values given by the options (or the argument), in identity order; nil for an empty optional one.
    private func identityValues(_ parsed: ParsedArguments) throws -> [JSONValue?] {
        try identity.compactMap { name in R.schema.field(named: name) }.map { field in
            let text =
                parsed.value(OptionValue.optionName(field.name))
                ?? (identity.count == 1 ? parsed.argument(field.name.uppercased()) : nil)
            if text == nil, field.isRequired {
                throw UsageError.missingOption(
                    OptionValue.optionName(field.name), valueName: SchemaOptions.valueName(field.kind))
            }
            let json = text.map { OptionValue.json($0, kind: field.kind) }
            return json == .null ? nil : json
        }
    }

    /// The record whose identity fields match the options (or the argument).
    private func find(in records: [R], parsed: ParsedArguments) throws -> R? {
        let wanted = zip(identity.compactMap { R.schema.field(named: $0) }, try identityValues(parsed))
        let match = records.first { record in
            wanted.allSatisfy { field, json in field.storedValue(of: record) == (json ?? field.defaultValue) }
        }
        if match == nil {
            let label = wanted.compactMap { $0.1.map(cellText) }.joined(separator: " ")
            let known = records.map { record in
                identity.compactMap { R.schema.field(named: $0)?.get(record).map(cellText) }.joined(separator: " ")
            }
            throw ServiceError.notFound(entity: R.schema.entity, label: label, known: known)
        }
        return match
    }
}

extension EntityCommands {
    /// The command line's wording of the service's notices: the command that helps is named.
    static func wording(_ notice: Notice) -> String {
        switch notice {
        case .closedWithActiveMeasures: notice.description + " ('hrap progress-update record')"
        }
    }
}
