CREATE TABLE `course_enrolment_counts` (
	`course_id` varchar(64) NOT NULL,
	`enrolled` int NOT NULL DEFAULT 0,
	CONSTRAINT `course_enrolment_counts_course_id` PRIMARY KEY(`course_id`)
);
--> statement-breakpoint
CREATE TABLE `enrolments` (
	`student_id` varchar(64) NOT NULL,
	`course_id` varchar(64) NOT NULL,
	`enrolled_at` datetime(3) NOT NULL,
	`revision` int NOT NULL,
	CONSTRAINT `enrolments_student_id_course_id_pk` PRIMARY KEY(`student_id`,`course_id`)
);
--> statement-breakpoint
CREATE TABLE `projected_events` (
	`stream_id` varchar(128) NOT NULL,
	`revision` int NOT NULL,
	`event_id` varchar(36) NOT NULL,
	`type` varchar(100) NOT NULL,
	`status` varchar(16) NOT NULL,
	`reason` varchar(255),
	`changed_rows` json NOT NULL,
	`recorded_at` datetime(3) NOT NULL,
	`projected_at` datetime(3) NOT NULL,
	`lag_ms` int NOT NULL,
	CONSTRAINT `projected_events_stream_id_revision_pk` PRIMARY KEY(`stream_id`,`revision`)
);
--> statement-breakpoint
CREATE TABLE `projector_control` (
	`id` tinyint NOT NULL,
	`paused` boolean NOT NULL DEFAULT false,
	`delay_ms` int NOT NULL DEFAULT 0,
	`updated_at` datetime(3) NOT NULL,
	CONSTRAINT `projector_control_id` PRIMARY KEY(`id`)
);
--> statement-breakpoint
CREATE TABLE `projector_failures` (
	`id` bigint unsigned AUTO_INCREMENT NOT NULL,
	`stream_id` varchar(128) NOT NULL,
	`revision` int NOT NULL,
	`event_id` varchar(36) NOT NULL,
	`type` varchar(100) NOT NULL,
	`error` text NOT NULL,
	`failed_at` datetime(3) NOT NULL,
	CONSTRAINT `projector_failures_id` PRIMARY KEY(`id`)
);
--> statement-breakpoint
CREATE TABLE `projector_shards` (
	`stream_arn` varchar(255) NOT NULL,
	`shard_id` varchar(128) NOT NULL,
	`sequence_number` varchar(64),
	`ended` boolean NOT NULL DEFAULT false,
	`updated_at` datetime(3) NOT NULL,
	CONSTRAINT `projector_shards_stream_arn_shard_id_pk` PRIMARY KEY(`stream_arn`,`shard_id`)
);
--> statement-breakpoint
CREATE TABLE `projector_status` (
	`id` tinyint NOT NULL,
	`heartbeat_at` datetime(3) NOT NULL,
	`state` varchar(16) NOT NULL,
	`applied` bigint unsigned NOT NULL DEFAULT 0,
	`skipped` bigint unsigned NOT NULL DEFAULT 0,
	`failed` bigint unsigned NOT NULL DEFAULT 0,
	`last_error` text,
	`last_error_at` datetime(3),
	CONSTRAINT `projector_status_id` PRIMARY KEY(`id`)
);
--> statement-breakpoint
CREATE TABLE `rebuild_runs` (
	`id` bigint unsigned AUTO_INCREMENT NOT NULL,
	`status` varchar(16) NOT NULL,
	`phase` varchar(32) NOT NULL,
	`events_done` int NOT NULL DEFAULT 0,
	`events_total` int NOT NULL DEFAULT 0,
	`events_per_second` int NOT NULL DEFAULT 0,
	`checksum_before` varchar(64),
	`checksum_after` varchar(64),
	`error` text,
	`started_at` datetime(3) NOT NULL,
	`finished_at` datetime(3),
	CONSTRAINT `rebuild_runs_id` PRIMARY KEY(`id`)
);
--> statement-breakpoint
CREATE TABLE `stream_checkpoints` (
	`stream_id` varchar(128) NOT NULL,
	`revision` int NOT NULL,
	`updated_at` datetime(3) NOT NULL,
	CONSTRAINT `stream_checkpoints_stream_id` PRIMARY KEY(`stream_id`)
);
--> statement-breakpoint
CREATE INDEX `enrolments_course` ON `enrolments` (`course_id`);--> statement-breakpoint
CREATE INDEX `projected_events_event` ON `projected_events` (`event_id`);--> statement-breakpoint
CREATE INDEX `projected_events_time` ON `projected_events` (`projected_at`);--> statement-breakpoint
CREATE INDEX `students_name` ON `students` (`full_name`);--> statement-breakpoint
CREATE INDEX `students_email` ON `students` (`email`);