package dev.roundtrip.bench;

import java.util.List;

/**
 * One generated migration: its version, the description for its file names, the statements of its
 * up and of the down that undoes it exactly.
 */
record Migration(int version, String description, List<String> up, List<String> down) {
  Migration {
    up = List.copyOf(up);
    down = List.copyOf(down);
  }
}
