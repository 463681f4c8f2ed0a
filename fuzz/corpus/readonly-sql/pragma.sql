/* c */ -- x
PRAGMA user_version = 3