// The clone the build runs in: every migration committed and tagged base, then V3 changed in a
// commit, and V4 with its undo script added without being committed.
def git = evaluate(new File(gitHelper))
def migrations = new File(basedir, 'src/main/resources/db/migration')

git('init', '-q')
new File(basedir, '.gitignore').text = 'target/\nbuild.log\n'
git('add', '-A')
git('commit', '-q', '-m', 'users, created_at dropped, note, projects')
git('tag', 'base')

new File(migrations, 'V3__add_users_note.sql').text = 'ALTER TABLE users ADD COLUMN note varchar(500);\n'
git('commit', '-q', '-am', 'V3: note is a varchar(500)')

new File(migrations, 'V4__index_users_note.sql').text = 'CREATE INDEX users_note_idx ON users (note);\n'
new File(migrations, 'U4__index_users_note.sql').text = 'DROP INDEX users_note_idx;\n'
assert git('status', '--porcelain', '--untracked-files=all').readLines().sort() ==
    ['?? src/main/resources/db/migration/U4__index_users_note.sql',
     '?? src/main/resources/db/migration/V4__index_users_note.sql']
return true
