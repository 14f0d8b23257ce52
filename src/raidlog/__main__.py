from raidlog.cli.main import run

run()
