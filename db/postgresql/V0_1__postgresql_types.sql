-- PostgreSQL only (decision 0013): the shared scripts name H2's "clob" for long text; on PostgreSQL that is "text".
-- A domain of that name lets every shared script run unchanged on both engines.
create domain clob as text;
