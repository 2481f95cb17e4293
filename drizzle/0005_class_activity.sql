CREATE TABLE `class_attempts` (
	`id` bigint unsigned AUTO_INCREMENT NOT NULL,
	`class_id` varchar(16) CHARACTER SET utf8mb4 COLLATE utf8mb4_bin NOT NULL,
	`activity_student` varchar(64) CHARACTER SET utf8mb4 COLLATE utf8mb4_bin NOT NULL,
	`learner_id` varchar(16) CHARACTER SET utf8mb4 COLLATE utf8mb4_bin NOT NULL,
	`expected_revision` int NOT NULL,
	`outcome` varchar(16) NOT NULL,
	`at` datetime(3) NOT NULL,
	CONSTRAINT `class_attempts_id` PRIMARY KEY(`id`)
);
--> statement-breakpoint
ALTER TABLE `classes` ADD `shared_sandbox` varchar(16) CHARACTER SET utf8mb4 COLLATE utf8mb4_bin;--> statement-breakpoint
ALTER TABLE `classes` ADD `activity_student` varchar(64) CHARACTER SET utf8mb4 COLLATE utf8mb4_bin;--> statement-breakpoint
CREATE INDEX `class_attempts_activity` ON `class_attempts` (`class_id`,`activity_student`,`expected_revision`);