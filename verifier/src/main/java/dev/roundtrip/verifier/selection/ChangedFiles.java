package dev.roundtrip.verifier.selection;

import dev.roundtrip.verifier.api.RoundtripException;
import java.io.IOException;
import java.nio.file.Path;
import java.time.Duration;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.Set;

/**
 * The files of a git clone that were added or changed since a ref: committed since the commit where
 * HEAD and the ref meet (their merge base; the ref itself when HEAD descends from it), changed in
 * the working tree or the index, or untracked and not ignored. Paths are absolute, resolved against
 * the top of the clone (git names them from there), so that migration folders anywhere in the clone
 * are matched, also through symbolic links.
 */
final class ChangedFiles {
  private final String ref;
  private final Path top;
  private final Set<Path> paths;

  private ChangedFiles(String ref, Path top, Set<Path> paths) {
    this.ref = ref;
    this.top = top;
    this.paths = Set.copyOf(paths);
  }

  /** The files changed since {@code ref} in the clone holding {@code projectDirectory}. */
  static ChangedFiles since(String ref, Path projectDirectory) {
    return since(ref, projectDirectory, "git", Git.TIME_LIMIT);
  }

  /**
   * As {@link #since(String, Path)}, with the git command and the time limit of each of its runs.
   *
   * @throws RoundtripException naming {@code <since>} and the fix: git missing, no work tree, a ref
   *     the clone does not have
   */
  static ChangedFiles since(String ref, Path projectDirectory, String executable, Duration limit) {
    if (ref.startsWith("-")) {
      throw new RoundtripException(
          "<since>: '" + ref + "' is not a git ref",
          "Name a branch, tag or commit, e.g. -Droundtrip.since=origin/main.");
    }
    Git here = new Git(executable, projectDirectory, limit, ref);
    Git.Result top = here.run("rev-parse", "--show-toplevel");
    if (top.exit() != 0 || top.text().isEmpty()) {
      throw new RoundtripException(
          "<since>: "
              + projectDirectory
              + " is not in a git work tree, so the migrations changed since "
              + ref
              + " cannot be told (git: "
              + top.error()
              + ")",
          "Run the build in a git clone (with its .git folder; CI checkouts have one), or leave"
              + " out <since> (-Droundtrip.since) to round-trip every migration.");
    }
    Path root = real(Path.of(top.text()));
    Git git = here.in(root);
    Git.Result commit = git.run("rev-parse", "--verify", "--quiet", ref + "^{commit}");
    if (commit.exit() != 0 || commit.text().isEmpty()) {
      throw new RoundtripException(
          "<since>: '" + ref + "' is not a branch, tag or commit of the git clone at " + root,
          "Name a ref this clone has (git branch -a lists them), e.g. origin/main; a shallow CI"
              + " clone may need it fetched first: git fetch origin main.");
    }
    String base = commit.text();
    Git.Result mergeBase = git.run("merge-base", base, "HEAD");
    if (mergeBase.exit() == 0 && !mergeBase.text().isEmpty()) {
      base = mergeBase.text();
    }
    Set<Path> changed = new LinkedHashSet<>();
    Git.Result diff =
        git.run("diff", "--name-only", "--no-renames", "--no-ext-diff", "-z", base, "--");
    failIfFailed(diff, "git diff --name-only " + base, ref);
    diff.entries().forEach(e -> changed.add(root.resolve(e).normalize()));
    Git.Result untracked = git.run("ls-files", "--others", "--exclude-standard", "-z");
    failIfFailed(untracked, "git ls-files --others", ref);
    untracked.entries().forEach(e -> changed.add(root.resolve(e).normalize()));
    return new ChangedFiles(ref, root, changed);
  }

  private static void failIfFailed(Git.Result result, String what, String ref) {
    if (result.exit() != 0) {
      throw new RoundtripException(
          "<since>: '"
              + what
              + "' failed, so the migrations changed since "
              + ref
              + " cannot be told (git: "
              + result.error()
              + ")",
          "Check that git works in this clone (git status), or leave out <since>"
              + " (-Droundtrip.since) to round-trip every migration.");
    }
  }

  /** The ref the files changed since. */
  String ref() {
    return ref;
  }

  /** The top folder of the clone. */
  Path top() {
    return top;
  }

  /** How many files changed. */
  int size() {
    return paths.size();
  }

  /**
   * Whether {@code file} is one of the changed files: by its own path (its folders' links resolved,
   * as git sees a link it tracks) or by the file it links to.
   */
  boolean contains(Path file) {
    if (file == null) {
      return false;
    }
    Set<Path> names = new HashSet<>();
    Path absolute = file.toAbsolutePath().normalize();
    names.add(absolute);
    Path parent = absolute.getParent();
    if (parent != null) {
      names.add(real(parent).resolve(absolute.getFileName()));
    }
    names.add(real(absolute));
    return names.stream().anyMatch(paths::contains);
  }

  private static Path real(Path path) {
    try {
      return path.toRealPath();
    } catch (IOException gone) {
      return path.toAbsolutePath().normalize();
    }
  }
}
