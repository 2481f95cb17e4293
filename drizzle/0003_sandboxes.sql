-- Sandboxes: every row gets its sandbox ("-", solo use, for what was there), and the student tables' keys include it.
ALTER TABLE `course_enrolment_counts` ADD `sandbox` varchar(16) CHARACTER SET utf8mb4 COLLATE utf8mb4_bin DEFAULT '-' NOT NULL;--> statement-breakpoint
ALTER TABLE `enrolments` ADD `sandbox` varchar(16) CHARACTER SET utf8mb4 COLLATE utf8mb4_bin DEFAULT '-' NOT NULL;--> statement-breakpoint
ALTER TABLE `projected_events` ADD `sandbox` varchar(16) CHARACTER SET utf8mb4 COLLATE utf8mb4_bin DEFAULT '-' NOT NULL;--> statement-breakpoint
ALTER TABLE `projector_failures` ADD `sandbox` varchar(16) CHARACTER SET utf8mb4 COLLATE utf8mb4_bin DEFAULT '-' NOT NULL;--> statement-breakpoint
ALTER TABLE `stream_checkpoints` ADD `sandbox` varchar(16) CHARACTER SET utf8mb4 COLLATE utf8mb4_bin DEFAULT '-' NOT NULL;--> statement-breakpoint
ALTER TABLE `students` ADD `sandbox` varchar(16) CHARACTER SET utf8mb4 COLLATE utf8mb4_bin DEFAULT '-' NOT NULL;--> statement-breakpoint
DROP INDEX `enrolments_course` ON `enrolments`;--> statement-breakpoint
DROP INDEX `students_name` ON `students`;--> statement-breakpoint
DROP INDEX `students_email` ON `students`;--> statement-breakpoint
ALTER TABLE `course_enrolment_counts` DROP PRIMARY KEY;--> statement-breakpoint
ALTER TABLE `enrolments` DROP PRIMARY KEY;--> statement-breakpoint
ALTER TABLE `students` DROP PRIMARY KEY;--> statement-breakpoint
ALTER TABLE `course_enrolment_counts` ADD PRIMARY KEY(`sandbox`,`course_id`);--> statement-breakpoint
ALTER TABLE `enrolments` ADD PRIMARY KEY(`sandbox`,`student_id`,`course_id`);--> statement-breakpoint
ALTER TABLE `students` ADD PRIMARY KEY(`sandbox`,`id`);--> statement-breakpoint
CREATE INDEX `projected_events_sandbox_time` ON `projected_events` (`sandbox`,`projected_at`);--> statement-breakpoint
CREATE INDEX `enrolments_course` ON `enrolments` (`sandbox`,`course_id`);--> statement-breakpoint
CREATE INDEX `students_name` ON `students` (`sandbox`,`full_name`);--> statement-breakpoint
CREATE INDEX `students_email` ON `students` (`sandbox`,`email`);
