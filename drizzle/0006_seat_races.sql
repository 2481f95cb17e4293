CREATE TABLE `seat_race_attempts` (
	`id` bigint unsigned AUTO_INCREMENT NOT NULL,
	`race_id` varchar(16) CHARACTER SET utf8mb4 COLLATE utf8mb4_bin NOT NULL,
	`side` varchar(8) NOT NULL,
	`racer_key` varchar(32) CHARACTER SET utf8mb4 COLLATE utf8mb4_bin NOT NULL,
	`racer_name` varchar(60) NOT NULL,
	`student_id` varchar(64) CHARACTER SET utf8mb4 COLLATE utf8mb4_bin NOT NULL,
	`outcome` varchar(16) NOT NULL,
	`conflicts` int NOT NULL,
	`at` datetime(3) NOT NULL,
	CONSTRAINT `seat_race_attempts_id` PRIMARY KEY(`id`),
	CONSTRAINT `seat_race_attempts_racer` UNIQUE(`race_id`,`side`,`racer_key`)
);
--> statement-breakpoint
CREATE TABLE `seat_races` (
	`id` varchar(16) CHARACTER SET utf8mb4 COLLATE utf8mb4_bin NOT NULL,
	`owner_sandbox` varchar(16) CHARACTER SET utf8mb4 COLLATE utf8mb4_bin NOT NULL,
	`class_id` varchar(16) CHARACTER SET utf8mb4 COLLATE utf8mb4_bin,
	`course_id` varchar(64) CHARACTER SET utf8mb4 COLLATE utf8mb4_bin NOT NULL,
	`capacity` int NOT NULL,
	`check_sandbox` varchar(16) CHARACTER SET utf8mb4 COLLATE utf8mb4_bin NOT NULL,
	`boundary_sandbox` varchar(16) CHARACTER SET utf8mb4 COLLATE utf8mb4_bin NOT NULL,
	`created_at` datetime(3) NOT NULL,
	CONSTRAINT `seat_races_id` PRIMARY KEY(`id`)
);
--> statement-breakpoint
CREATE INDEX `seat_races_class` ON `seat_races` (`class_id`,`created_at`);