namespace AbsenceCases.Infrastructure.Scheduling;

/// <summary>
/// The tables of Quartz's ADO job store (Quartz 4.x layout, prefix <see cref="Prefix"/>), where the schedules, the
/// running firings and the cluster's check-ins live. EF Core does not model them; the migration QuartzJobStore
/// creates them with <c>migrationBuilder.Sql</c>. When the migrations are generated anew, the one that comes after
/// the audit tables must run <see cref="Sqlite"/> or <see cref="Postgres"/> (and the Down <see cref="Drop"/>) again.
/// Quartz validates them at start-up and refuses to start when one is missing.
/// </summary>
public static class QuartzTables
{
    public const string Prefix = "qrtz_";

    /// <summary>
    /// SQLite: Quartz's own connections do not switch foreign keys on, so the rows of a trigger's kind go with it
    /// through a delete trigger each rather than through ON DELETE CASCADE alone. SQLite reads the PostgreSQL types
    /// of <see cref="Tables"/> by their affinity (bool and bytea as numeric, which keeps 0/1 and blobs as they are).
    /// </summary>
    public const string Sqlite = Tables + """
        CREATE TRIGGER qrtz_delete_simple_trigger DELETE ON qrtz_triggers BEGIN
            DELETE FROM qrtz_simple_triggers WHERE sched_name = OLD.sched_name AND trigger_name = OLD.trigger_name AND trigger_group = OLD.trigger_group;
        END;
        CREATE TRIGGER qrtz_delete_simprop_trigger DELETE ON qrtz_triggers BEGIN
            DELETE FROM qrtz_simprop_triggers WHERE sched_name = OLD.sched_name AND trigger_name = OLD.trigger_name AND trigger_group = OLD.trigger_group;
        END;
        CREATE TRIGGER qrtz_delete_cron_trigger DELETE ON qrtz_triggers BEGIN
            DELETE FROM qrtz_cron_triggers WHERE sched_name = OLD.sched_name AND trigger_name = OLD.trigger_name AND trigger_group = OLD.trigger_group;
        END;
        CREATE TRIGGER qrtz_delete_blob_trigger DELETE ON qrtz_triggers BEGIN
            DELETE FROM qrtz_blob_triggers WHERE sched_name = OLD.sched_name AND trigger_name = OLD.trigger_name AND trigger_group = OLD.trigger_group;
        END;

        """ + Indexes;

    public const string Postgres = Tables + Indexes;

    /// <summary>The same on both providers.</summary>
    private const string Indexes = """
        CREATE INDEX idx_qrtz_j_g_n ON qrtz_job_details (sched_name, job_group, job_name);
        CREATE INDEX idx_qrtz_t_j ON qrtz_triggers (sched_name, job_name, job_group);
        CREATE INDEX idx_qrtz_t_g_n ON qrtz_triggers (sched_name, trigger_group, trigger_name);
        CREATE INDEX idx_qrtz_t_c ON qrtz_triggers (sched_name, calendar_name);
        CREATE INDEX idx_qrtz_t_nft_st ON qrtz_triggers (sched_name, trigger_state, next_fire_time ASC, priority DESC, misfire_instr);
        CREATE INDEX idx_qrtz_ft_inst_job_req_rcvry ON qrtz_fired_triggers (sched_name, instance_name, requests_recovery);
        CREATE INDEX idx_qrtz_ft_j_g ON qrtz_fired_triggers (sched_name, job_name, job_group);
        CREATE INDEX idx_qrtz_ft_t_g ON qrtz_fired_triggers (sched_name, trigger_name, trigger_group);
        """;

    /// <summary>Drops them on either provider (SQLite drops the delete triggers with their table).</summary>
    public const string Drop = """
        DROP TABLE IF EXISTS qrtz_fired_triggers;
        DROP TABLE IF EXISTS qrtz_paused_trigger_grps;
        DROP TABLE IF EXISTS qrtz_paused_job_grps;
        DROP TABLE IF EXISTS qrtz_scheduler_state;
        DROP TABLE IF EXISTS qrtz_locks;
        DROP TABLE IF EXISTS qrtz_simple_triggers;
        DROP TABLE IF EXISTS qrtz_simprop_triggers;
        DROP TABLE IF EXISTS qrtz_cron_triggers;
        DROP TABLE IF EXISTS qrtz_blob_triggers;
        DROP TABLE IF EXISTS qrtz_triggers;
        DROP TABLE IF EXISTS qrtz_job_details;
        DROP TABLE IF EXISTS qrtz_calendars;
        """;

    /// <summary>In PostgreSQL's types, which SQLite reads too.</summary>
    private const string Tables = """
        CREATE TABLE qrtz_job_details (
            sched_name text NOT NULL, job_name text NOT NULL, job_group text NOT NULL,
            description text NULL, job_class_name text NOT NULL,
            is_durable bool NOT NULL, is_nonconcurrent bool NOT NULL, is_update_data bool NOT NULL, requests_recovery bool NOT NULL,
            job_data bytea NULL,
            PRIMARY KEY (sched_name, job_name, job_group));

        CREATE TABLE qrtz_triggers (
            sched_name text NOT NULL, trigger_name text NOT NULL, trigger_group text NOT NULL,
            job_name text NOT NULL, job_group text NOT NULL, description text NULL,
            next_fire_time bigint NULL, prev_fire_time bigint NULL, priority integer NULL,
            trigger_state text NOT NULL, trigger_type text NOT NULL,
            start_time bigint NOT NULL, end_time bigint NULL, calendar_name text NULL,
            misfire_instr smallint NULL, misfire_orig_fire_time bigint NULL,
            execution_group varchar(200) NULL, preferred_node varchar(200) NULL, preferred_node_auto bool NOT NULL DEFAULT false,
            retry_policy varchar(250) NULL, retry_attempt integer NULL,
            continues_trigger_name text NULL, continues_trigger_group text NULL, continuation_condition integer NULL,
            overlap_policy integer NULL, pause_reason varchar(250) NULL, paused_by varchar(200) NULL, paused_at bigint NULL,
            misfire_threshold bigint NULL, fixed_delay bool NULL, job_data bytea NULL,
            PRIMARY KEY (sched_name, trigger_name, trigger_group),
            FOREIGN KEY (sched_name, job_name, job_group) REFERENCES qrtz_job_details (sched_name, job_name, job_group));

        CREATE TABLE qrtz_simple_triggers (
            sched_name text NOT NULL, trigger_name text NOT NULL, trigger_group text NOT NULL,
            repeat_count bigint NOT NULL, repeat_interval bigint NOT NULL, times_triggered bigint NOT NULL,
            PRIMARY KEY (sched_name, trigger_name, trigger_group),
            FOREIGN KEY (sched_name, trigger_name, trigger_group) REFERENCES qrtz_triggers (sched_name, trigger_name, trigger_group) ON DELETE CASCADE);

        CREATE TABLE qrtz_cron_triggers (
            sched_name text NOT NULL, trigger_name text NOT NULL, trigger_group text NOT NULL,
            cron_expression text NOT NULL, time_zone_id text NULL,
            PRIMARY KEY (sched_name, trigger_name, trigger_group),
            FOREIGN KEY (sched_name, trigger_name, trigger_group) REFERENCES qrtz_triggers (sched_name, trigger_name, trigger_group) ON DELETE CASCADE);

        CREATE TABLE qrtz_simprop_triggers (
            sched_name text NOT NULL, trigger_name text NOT NULL, trigger_group text NOT NULL,
            str_prop_1 text NULL, str_prop_2 text NULL, str_prop_3 text NULL,
            int_prop_1 integer NULL, int_prop_2 integer NULL, long_prop_1 bigint NULL, long_prop_2 bigint NULL,
            dec_prop_1 numeric NULL, dec_prop_2 numeric NULL, bool_prop_1 bool NULL, bool_prop_2 bool NULL, time_zone_id text NULL,
            PRIMARY KEY (sched_name, trigger_name, trigger_group),
            FOREIGN KEY (sched_name, trigger_name, trigger_group) REFERENCES qrtz_triggers (sched_name, trigger_name, trigger_group) ON DELETE CASCADE);

        CREATE TABLE qrtz_blob_triggers (
            sched_name text NOT NULL, trigger_name text NOT NULL, trigger_group text NOT NULL, blob_data bytea NULL,
            PRIMARY KEY (sched_name, trigger_name, trigger_group),
            FOREIGN KEY (sched_name, trigger_name, trigger_group) REFERENCES qrtz_triggers (sched_name, trigger_name, trigger_group) ON DELETE CASCADE);

        CREATE TABLE qrtz_calendars (
            sched_name text NOT NULL, calendar_name text NOT NULL, calendar bytea NOT NULL,
            PRIMARY KEY (sched_name, calendar_name));

        CREATE TABLE qrtz_paused_trigger_grps (
            sched_name text NOT NULL, trigger_group text NOT NULL,
            pause_reason varchar(250) NULL, paused_by varchar(200) NULL, paused_at bigint NULL,
            PRIMARY KEY (sched_name, trigger_group));

        CREATE TABLE qrtz_paused_job_grps (
            sched_name text NOT NULL, job_group text NOT NULL,
            pause_reason varchar(250) NULL, paused_by varchar(200) NULL, paused_at bigint NULL,
            PRIMARY KEY (sched_name, job_group));

        CREATE TABLE qrtz_fired_triggers (
            sched_name text NOT NULL, entry_id text NOT NULL, trigger_name text NOT NULL, trigger_group text NOT NULL,
            instance_name text NOT NULL, fired_time bigint NOT NULL, sched_time bigint NOT NULL, priority integer NOT NULL,
            state text NOT NULL, job_name text NULL, job_group text NULL,
            is_nonconcurrent bool NOT NULL, requests_recovery bool NULL, execution_group varchar(200) NULL,
            progress integer NULL, progress_message varchar(250) NULL, interrupt_requested_time bigint NULL,
            PRIMARY KEY (sched_name, entry_id));

        CREATE TABLE qrtz_scheduler_state (
            sched_name text NOT NULL, instance_name text NOT NULL,
            last_checkin_time bigint NOT NULL, checkin_interval bigint NOT NULL, quartz_version varchar(20) NULL,
            PRIMARY KEY (sched_name, instance_name));

        CREATE TABLE qrtz_locks (
            sched_name text NOT NULL, lock_name text NOT NULL,
            PRIMARY KEY (sched_name, lock_name));

        """;
}
