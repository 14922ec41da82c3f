-- The app's database; Temporal's two are created by the temporal-schema job.
CREATE DATABASE fugong;
