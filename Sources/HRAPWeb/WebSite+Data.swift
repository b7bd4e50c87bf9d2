import Archiving
import HRAPCore
import HRAPReports
import HRAPUseCases
import HTTPServing

extension WebSite {
    /// The year and reference date a plan's pages show today: this year up to today, or the plan's last year when it
    /// has ended (to its 31 December).
    func period(of plan: Plan, today: CalendarDate) -> (year: Int, asOf: CalendarDate) {
        let first = plan.periodStart.first.year
        let last = max(first, (plan.periodEnd ?? plan.reviewDate ?? today).year)
        let year = min(max(today.year, first), last)
        return year == today.year ? (year, today) : (year, CalendarDate(year: year, month: 12, day: 31) ?? today)
    }

    /// What a plan's pages are built from, read as the request's principal, kept while the data is unchanged and
    /// brought up to date from the kept data after a write
    /// (``HRAPService/annualReportData(plan:year:asOf:framework:as:updating:)``).
    func reportData(
        plan code: String, year: Int? = nil, _ request: WebRequest
    ) throws -> (AnalysedReport, Int, CalendarDate) {
        let plan = try service.plan(code, as: request.principal)
        var (shown, asOf) = period(of: plan, today: request.today)
        if let year, year != shown { (shown, asOf) = (year, CalendarDate(year: year, month: 12, day: 31) ?? asOf) }
        let version = try service.scoreVersion(plan: code, as: request.principal)
        let key = "\(code)|\(shown)|\(asOf)|\(request.session?.principal.name ?? "public")"
        let analysed = try dataCache.value(key, version: version) { (previous: AnalysedReport?) in
            let data = try service.annualReportData(
                plan: code, year: shown, asOf: asOf, framework: options.framework, as: request.principal,
                updating: previous?.data)
            let input = AnnualReport.Input(
                facts: data.facts, values: data.values, year: shown, asOf: asOf, card: data.card,
                previousLevels: data.previousLevels,
                previousAsOf: data.previousAsOf, peer: data.peer)
            let analysis = AnnualReport.Analysis(
                input, updating: previous?.analysis, changedIndicators: previous == nil ? nil : data.changedIndicators)
            return AnalysedReport(data: data, input: input, analysis: analysis)
        }
        return (analysed, shown, asOf)
    }

    /// The report of a plan in the request's language, for its pages.
    func report(plan code: String, year: Int? = nil, _ request: WebRequest) throws -> AnnualReport {
        let (analysed, _, _) = try reportData(plan: code, year: year, request)
        return AnnualReport(analysed.input, analysis: analysed.analysis, locale: request.locale)
    }

    /// The public pages of a plan in the request's language.
    func publicPage(plan code: String, _ request: WebRequest) throws -> PublicPage {
        PublicPage(try report(plan: code, request), explicitLanguage: request.explicitLanguage)
    }

    /// A public page, rendered once per data version, language and query, for visitors without a session. While
    /// one visitor's request renders a page anew after a write, the others get its previous version if it was
    /// rendered at most ``WebSite/staleFor`` ago.
    func cachedPage(_ request: WebRequest, render: () throws -> HTTPResponse) throws -> HTTPResponse {
        guard request.session == nil else { return try render() }
        let version = try service.dataVersion(as: request.principal)
        let key = "\(request.today)|\(request.language)|\(request.http.target)"
        let cached = try pageCache.value(key, version: version, staleFor: Self.staleFor) {
            let response = try render()
            return CachedPage(
                status: response.status, contentType: response.headers["Content-Type"] ?? "", body: response.body)
        }
        return cached.response(gzip: ContentCoding.acceptsGzip(request.http.headers["Accept-Encoding"]))
    }
}

/// A plan's report data with its language-independent analysis, as the data cache keeps them.
struct AnalysedReport: Sendable {
    let data: AnnualReportData
    let input: AnnualReport.Input
    let analysis: AnnualReport.Analysis
}

/// A rendered public page, and its body compressed once, when cached, where compressing it pays (a text body of
/// more than 1 KiB).
struct CachedPage: Sendable {
    let status: HTTPStatus
    let contentType: String
    let body: [UInt8]
    let gzipped: [UInt8]?

    init(status: HTTPStatus, contentType: String, body: [UInt8]) {
        (self.status, self.contentType, self.body) = (status, contentType, body)
        gzipped = body.count > 1024 && ContentCoding.isCompressible(contentType) ? Gzip.compress(body) : nil
    }

    /// What the cache answers: the compressed body to a client that takes gzip; `Vary` either way when there is one.
    func response(gzip: Bool) -> HTTPResponse {
        var response = HTTPResponse(status: status, body: gzip ? gzipped ?? body : body)
        response.headers.set("Content-Type", contentType)
        if gzipped != nil {
            response.headers.set("Vary", "Accept-Encoding")
            if gzip { response.headers.set("Content-Encoding", "gzip") }
        }
        return response
    }

    /// What the page holds in memory: both bodies.
    var cost: Int { body.count + (gzipped?.count ?? 0) }
}
