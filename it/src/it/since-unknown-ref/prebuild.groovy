// A clone with one commit on main, and no origin/mian.
def git = evaluate(new File(gitHelper))
git('init', '-q')
git('add', '-A')
git('commit', '-q', '-m', 'users')
return true
