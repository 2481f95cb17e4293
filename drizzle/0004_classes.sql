CREATE TABLE `classes` (
	`id` varchar(16) CHARACTER SET utf8mb4 COLLATE utf8mb4_bin NOT NULL,
	`name` varchar(80) NOT NULL,
	`open` boolean NOT NULL DEFAULT true,
	`created_at` datetime(3) NOT NULL,
	CONSTRAINT `classes_id` PRIMARY KEY(`id`)
);
--> statement-breakpoint
CREATE TABLE `learner_sandboxes` (
	`sandbox` varchar(16) CHARACTER SET utf8mb4 COLLATE utf8mb4_bin NOT NULL,
	`learner_id` varchar(16) CHARACTER SET utf8mb4 COLLATE utf8mb4_bin NOT NULL,
	`started_at` datetime(3) NOT NULL,
	`step` tinyint,
	`step_ok` boolean,
	`step_at` datetime(3),
	CONSTRAINT `learner_sandboxes_sandbox` PRIMARY KEY(`sandbox`)
);
--> statement-breakpoint
CREATE TABLE `learners` (
	`id` varchar(16) CHARACTER SET utf8mb4 COLLATE utf8mb4_bin NOT NULL,
	`class_id` varchar(16) CHARACTER SET utf8mb4 COLLATE utf8mb4_bin NOT NULL,
	`display_name` varchar(60) NOT NULL,
	`joined_at` datetime(3) NOT NULL,
	CONSTRAINT `learners_id` PRIMARY KEY(`id`)
);
--> statement-breakpoint
CREATE INDEX `learner_sandboxes_learner` ON `learner_sandboxes` (`learner_id`,`started_at`);--> statement-breakpoint
CREATE INDEX `learners_class` ON `learners` (`class_id`,`joined_at`);