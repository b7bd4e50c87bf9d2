extension EmbeddedTemplates {
    /// The compiled-in files of one folder of `templates/` by file name (with its ending, or without `ending`).
    static func files(in folder: String, ending: String = "") -> [String: String] {
        var found: [String: String] = [:]
        for (path, text) in files where path.hasPrefix(folder + "/") && path.hasSuffix(ending) {
            let name = String(path.dropFirst(folder.count + 1))
            found[ending.isEmpty ? name : String(name.dropLast(ending.count))] = text
        }
        return found
    }
}
