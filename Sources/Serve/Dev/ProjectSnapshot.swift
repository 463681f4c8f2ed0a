import CDispatch
import Foundation

// `stat`'s fields come from the C headers, which CoreFoundation's module owns in release builds
// (whole-module): named here so member import visibility finds them in every configuration.
#if canImport(CoreFoundation)
    import CoreFoundation
#endif

#if canImport(Glibc)
    import Glibc
#elseif canImport(Darwin)
    import Darwin
#endif

/// The modification time and size of every file a project build can read: `aiser.yml`,
/// `pages/**`, data files, images and anything else in the project, except hidden entries
/// (`.aiser-cache`, `.git`, editor swap files), backups ending in `~`, and the top-level `out/`.
struct ProjectSnapshot: Equatable, Sendable {
    struct Stamp: Equatable, Sendable {
        var seconds: Int
        var nanoseconds: Int
        var size: Int64
    }

    /// Project-relative path → stamp.
    var files: [String: Stamp] = [:]

    /// The most files one snapshot records (a guard against scanning a huge tree).
    static let limit = 50_000

    /// Reads the stamps under `root` (symlinked files are followed, symlinked folders are not).
    static func scan(_ root: URL, skipping topLevel: Set<String> = ["out"]) -> ProjectSnapshot {
        var snapshot = ProjectSnapshot()
        snapshot.walk(root.path, relative: "", depth: 0, skipping: topLevel)
        return snapshot
    }

    /// Paths added, removed or modified since `old`, sorted.
    func changes(since old: ProjectSnapshot) -> [String] {
        var changed = Set<String>()
        for (path, stamp) in files where old.files[path] != stamp { changed.insert(path) }
        for path in old.files.keys where files[path] == nil { changed.insert(path) }
        return changed.sorted()
    }

    private mutating func walk(_ folder: String, relative: String, depth: Int, skipping: Set<String>) {
        guard depth < 32, let names = try? FileManager.default.contentsOfDirectory(atPath: folder) else { return }
        for name in names.sorted() where !name.hasPrefix(".") && !name.hasSuffix("~") {
            if depth == 0 && skipping.contains(name) { continue }
            guard files.count < Self.limit else { return }
            let path = folder + "/" + name
            let child = relative.isEmpty ? name : relative + "/" + name
            var info = stat()
            guard lstat(path, &info) == 0 else { continue }
            let isLink = info.st_mode & S_IFMT == S_IFLNK
            if isLink { guard stat(path, &info) == 0 else { continue } }
            switch info.st_mode & S_IFMT {
            case S_IFDIR where !isLink:
                walk(path, relative: child, depth: depth + 1, skipping: skipping)
            case S_IFREG:
                files[child] = Self.stamp(info)
            default:
                continue
            }
        }
    }

    private static func stamp(_ info: stat) -> Stamp {
        #if canImport(Darwin)
            let time = info.st_mtimespec
        #else
            let time = info.st_mtim
        #endif
        return Stamp(seconds: Int(time.tv_sec), nanoseconds: Int(time.tv_nsec), size: Int64(info.st_size))
    }
}
