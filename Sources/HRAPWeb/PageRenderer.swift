import HTTPServing
import Mustache

/// Renders pages from the template library (HTML-escaped interpolations).
struct PageRenderer: Sendable {
    let library: TemplateLibrary

    init(templates: [String: String]) {
        library = TemplateLibrary(sources: templates, mode: .html)
    }

    /// The page `name` rendered with `model`, as a `text/html` response.
    func response(_ name: String, _ model: MustacheValue, status: HTTPStatus = .ok) throws(WebError) -> HTTPResponse {
        do {
            return HTTPResponse(
                status: status, contentType: "text/html; charset=utf-8",
                body: try library.render(name, model))
        } catch {
            throw WebError.template(error)
        }
    }
}
