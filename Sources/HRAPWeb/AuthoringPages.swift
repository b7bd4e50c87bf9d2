import HRAPCore
import HRAPReports
import HRAPUseCases
import HTTPServing
import JSONCoding
import Mustache

/// Writing a plan in the browser: the plan's sections with their records, a form per record generated from its
/// schema, new records, and edits that never overwrite someone else's newer change.
enum AuthoringPages {
    static let pageSize = 50

    static func all() -> [WebRoute] {
        [
            WebRoute("GET", "/plans/{plan}/edit", .signedIn, handler: hub),
            WebRoute("GET", "/plans/{plan}/edit/{section}", .signedIn, handler: list),
            WebRoute("GET", "/plans/{plan}/edit/{section}/new", .signedIn, handler: { try form($0, key: nil) }),
            WebRoute("POST", "/plans/{plan}/edit/{section}/new", .signedIn, handler: { try save($0, key: nil) }),
            WebRoute("GET", "/plans/{plan}/edit/{section}/record", .signedIn, handler: { try form($0, key: key($0)) }),
            WebRoute("POST", "/plans/{plan}/edit/{section}/record", .signedIn, handler: { try save($0, key: key($0)) }),
            WebRoute("POST", "/plans/{plan}/edit/{section}/retire", .signedIn, handler: retire),
        ]
    }

    /// The plan's sections with how many records each holds.
    private static func hub(_ request: WebRequest) throws -> HTTPResponse {
        let plan = try ProgressForms.writablePlan(request, .planRecord)
        let base = "/plans/" + PublicPage.escape(plan.code) + "/edit/"
        let sections: [MustacheValue] = try EditableSection.all.map { section in
            .object([
                "title": .string(title(section, request)),
                "count": .string(String(try section.list(plan.code, request).count)),
                "href": .string(base + section.collection + request.languageSuffix),
            ])
        }
        return try request.site.page(
            "plan-edit.html",
            .object([
                "code": .string(plan.code), "title": .string(plan.title), "sections": .list(sections),
                "manage": .string("/plans/" + PublicPage.escape(plan.code) + "/manage" + request.languageSuffix),
                "settings": .string("/plans/" + PublicPage.escape(plan.code) + "/settings" + request.languageSuffix),
                "government": .string("/governments/" + PublicPage.escape(plan.government) + request.languageSuffix),
                "check": .string("/plans/" + PublicPage.escape(plan.code) + "/check" + request.languageSuffix),
            ]), request)
    }

    /// A section's records, a page at a time, filtered by a text in their label or title.
    private static func list(_ request: WebRequest) throws -> HTTPResponse {
        let plan = try ProgressForms.writablePlan(request, .planRecord)
        let section = try section(request)
        let filter = (request.query["q"] ?? "").lowercased()
        let items = try section.list(plan.code, request).filter {
            filter.isEmpty || $0.label.lowercased().contains(filter) || $0.summary.lowercased().contains(filter)
        }
        let page = max(1, Int(request.query["page"] ?? "1") ?? 1)
        let shown = items.dropFirst((page - 1) * pageSize).prefix(pageSize)
        let base = "/plans/" + PublicPage.escape(plan.code) + "/edit/" + section.collection
        let retired = try retired(section, plan, current: Set(items.map(\.label)), request)
        func pageLink(_ number: Int) -> MustacheValue {
            .string(base + "?page=\(number)" + (filter.isEmpty ? "" : "&q=" + PublicPage.escape(filter)))
        }
        return try request.site.page(
            "section-edit.html",
            .object([
                "plan": .string(plan.code), "plan_title": .string(plan.title),
                "title": .string(title(section, request)),
                "hub": .string("/plans/" + PublicPage.escape(plan.code) + "/edit" + request.languageSuffix),
                "new": .string(base + "/new" + request.languageSuffix), "action": .string(base), "q": .string(filter),
                "items": .list(
                    shown.map { item in
                        .object([
                            "label": .string(item.label), "summary": .string(item.summary),
                            "href": .string(base + "/record?" + query(item.key)),
                        ])
                    }),
                "count": .string(String(items.count)), "has_items": .bool(!shown.isEmpty),
                "retired": .list(retired), "has_retired": .bool(!retired.isEmpty),
                "previous": page > 1 ? pageLink(page - 1) : .null,
                "next": items.count > page * pageSize ? pageLink(page + 1) : .null,
            ]), request)
    }

    /// The section's retired records that were not created again, newest first: when, by whom, and their last
    /// version's title, from the audit log.
    private static func retired(
        _ section: EditableSection, _ plan: Plan, current: Set<String>, _ request: WebRequest
    ) throws -> [MustacheValue] {
        guard section.retire != nil else { return [] }
        let entries = try request.service.audit(
            AuditFilter(plan: plan.code, entity: section.entity, operation: .retire, limit: 50), as: request.principal)
        return entries.filter { !current.contains($0.label) }.map { entry in
            .object([
                "label": .string(entry.label), "title": .string(EditableSection.summary { entry.before?[$0] }),
                "time": .string(AccountPages.time(entry.time, request)), "actor": .string(entry.actor),
            ])
        }
    }

    private static func form(_ request: WebRequest, key: [String: String]?) throws -> HTTPResponse {
        let plan = try ProgressForms.writablePlan(request, .planRecord)
        let section = try section(request)
        let (form, version) = try section.form(plan.code, key, request)
        return try render(section, plan, form, version: version, key: key, request, status: .ok)
    }

    private static func save(_ request: WebRequest, key: [String: String]?) throws -> HTTPResponse {
        let plan = try ProgressForms.writablePlan(request, .planRecord)
        let section = try section(request)
        let data = try FormData(request.http)
        var (form, version) = try section.form(plan.code, key, request)
        form.fill(from: data, request.wording)
        let posted = data.value("version")
        guard !form.hasErrors else {
            return try render(section, plan, form, version: posted, key: key, request, status: .unprocessableContent)
        }
        do {
            let saved = try section.save(plan.code, key, form, posted, request)
            if let session = request.session {
                request.site.sessions.say(
                    request.label(
                        "web.record.saved",
                        ["what": title(section, request), "label": saved.map(\.1).joined(separator: " ")]),
                    to: session)
            }
            let base = "/plans/" + PublicPage.escape(plan.code) + "/edit/" + section.collection
            return WebSite.redirect(base + "/record?" + query(saved))
        } catch ServiceError.invalid(let error) {
            form.report(error.problems, request.wording)
        } catch ServiceError.duplicate {
            form.general.append(request.label("web.record.duplicate"))
        } catch ServiceError.changedSinceRead {
            let theirs = try key.flatMap { try section.stored(plan.code, $0, request) }
            version = try section.form(plan.code, key, request).1
            return try render(
                section, plan, form, version: version, key: key, theirs: theirs, request, status: .conflict)
        }
        return try render(section, plan, form, version: posted, key: key, request, status: .unprocessableContent)
    }

    /// Retires a record: back to its section with a message, or its form again with what still names it, or with
    /// the newer version when someone changed it meanwhile.
    private static func retire(_ request: WebRequest) throws -> HTTPResponse {
        let plan = try ProgressForms.writablePlan(request, .planRecord)
        let section = try section(request), key = key(request)
        guard let retire = section.retire else { throw WebError.notFound }
        let posted = try FormData(request.http).value("version")
        var (form, version) = try section.form(plan.code, key, request)
        do {
            try retire(plan.code, key, posted, request)
            if let session = request.session {
                let label = section.identity.compactMap { key[$0] }.joined(separator: " ")
                request.site.sessions.say(
                    request.label("web.record.retired", ["what": title(section, request), "label": label]), to: session)
            }
            return WebSite.redirect(
                "/plans/" + PublicPage.escape(plan.code) + "/edit/" + section.collection + request.languageSuffix)
        } catch ServiceError.invalid(let error) {
            form.general.append(request.label("web.record.retire_refused"))
            form.general += error.problems.map(\.message)
        } catch ServiceError.changedSinceRead {
            form.general.append(request.label("web.record.retire_stale"))
        }
        return try render(section, plan, form, version: version, key: key, request, status: .conflict)
    }

    private static func render(
        _ section: EditableSection, _ plan: Plan, _ form: WebForm, version: String?, key: [String: String]?,
        theirs: WebForm? = nil, _ request: WebRequest, status: HTTPStatus
    ) throws -> HTTPResponse {
        let base = "/plans/" + PublicPage.escape(plan.code) + "/edit/" + section.collection
        let parameters = request.http.target.split(separator: "?", maxSplits: 1).dropFirst().joined()
        let label = key.map { key in
            section.identity.map { key[$0] ?? "" }.filter { !$0.isEmpty }.joined(separator: " ")
        }
        let history =
            try key == nil
            ? []
            : request.service.audit(
                AuditFilter(plan: plan.code, entity: section.entity, label: label, limit: 20), as: request.principal)
        return try request.site.page(
            "record-form.html",
            .object([
                "title": .string(
                    label.map { title(section, request) + ": " + $0 }
                        ?? request.label("web.record.new", ["what": title(section, request)])),
                "plan": .string(plan.code), "section_href": .string(base + request.languageSuffix),
                "section": .string(title(section, request)),
                "action": .string(key == nil ? request.http.target : base + "/record?" + parameters),
                "csrf": .string(request.session?.csrf ?? ""),
                "version": version.map { .string($0) } ?? .null, "form": form.model(),
                "retire": key != nil && section.retire != nil ? .string(base + "/retire?" + parameters) : .null,
                "has_conflict": .bool(theirs != nil), "has_history": .bool(!history.isEmpty),
                "conflict": theirs.map { theirs in
                    .list(
                        zip(theirs.fields, form.fields).filter { $0.value != $1.value }.map { stored, typed in
                            .object([
                                "label": .string(stored.label), "theirs": .string(stored.value),
                                "yours": .string(typed.value),
                            ])
                        })
                } ?? .null,
                "history": .list(
                    history.map {
                        .object([
                            "time": .string(AccountPages.time($0.time, request)), "actor": .string($0.actor),
                            "operation": .string($0.operation.rawValue),
                            "changes": .list(changes($0).map { .string($0) }),
                        ])
                    }),
            ]), request, status: status)
    }

    /// What an audit row changed, field by field: `title: old → new`.
    private static func changes(_ entry: AuditEntry) -> [String] {
        let before = entry.before?.members ?? [], after = entry.after?.members ?? []
        let names = (before.map(\.0) + after.map(\.0)).reduce(into: [String]()) {
            if !$0.contains($1) { $0.append($1) }
        }
        func text(_ value: JSONValue?) -> String { value.map { $0.string ?? JSONWriter.compact($0) } ?? "—" }
        return names.compactMap { name -> String? in
            let old = before.first { $0.0 == name }?.1, new = after.first { $0.0 == name }?.1
            return old == new ? nil : "\(name): \(text(old)) → \(text(new))"
        }
    }

    private static func section(_ request: WebRequest) throws -> EditableSection {
        guard let section = EditableSection.named(request.path("section")) else { throw WebError.notFound }
        return section
    }

    /// A section's name in the reader's language.
    static func title(_ section: EditableSection, _ request: WebRequest) -> String {
        request.label("web.section." + section.collection, fallback: section.collection.replacing("_", with: " "))
    }

    private static func key(_ request: WebRequest) -> [String: String] { request.query }

    private static func query(_ key: [(String, String)]) -> String {
        key.map { PublicPage.escape($0.0) + "=" + PublicPage.escape($0.1) }.joined(separator: "&")
    }
}
