from raidlog.schema import write

write()
